import Foundation
import TestSupport
import Testing

/// Runs a real consumer (a Python library, Graphviz) on a file the test wrote.
///
/// Where the consumer is missing, the check is skipped with a visible
/// message; where the environment variable `CI` is set, a missing consumer
/// fails the test instead.
enum Consumer {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` with `arguments`; nil when it is not installed.
    static func run(_ executable: String, _ arguments: [String], input: Data? = nil) throws -> Result? {
        guard let path = which(executable) else { return nil }
        let result = try Subprocess.run(URL(fileURLWithPath: path), arguments, input: input)
        return Result(status: result.status, stdout: result.stdoutText, stderr: result.stderrText)
    }

    /// Runs a Python script with `arguments` when every module in `modules`
    /// imports; otherwise skips visibly (or fails under CI). Returns nil when skipped.
    static func python(_ script: String, modules: [String], arguments: [String] = []) throws -> Result? {
        let probe = try run("python3", ["-c", modules.map { "import \($0)" }.joined(separator: "; ")])
        guard let probe, probe.status == 0 else {
            unavailable("python3 with \(modules.joined(separator: ", "))")
            return nil
        }
        return try run("python3", ["-c", script] + arguments)
    }

    /// Records that a consumer is missing: a failure under CI, a printed notice elsewhere.
    static func unavailable(_ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("\(what) is required when CI is set; install it (see .ci/run)", sourceLocation: sourceLocation)
        } else {
            print("note: skipped a consumer check: \(what) is not installed")
        }
    }

    static func which(_ name: String) -> String? { Subprocess.which(name) }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
