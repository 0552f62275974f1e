import Foundation
import TestSupport

/// Runs the built `newsgraph` binary, as a user would.
enum CLI {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Data
    }

    /// The `newsgraph` binary built beside the test bundle.
    static var binary: URL {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [folder, folder.deletingLastPathComponent()].map { $0.appendingPathComponent("newsgraph") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// The repository root (for examples/ and schemas/).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `newsgraph arguments...` in `directory`, with `input` on standard input.
    static func run(_ arguments: [String], input: Data? = nil, in directory: URL? = nil) throws -> Run {
        let result = try Subprocess.run(binary, arguments, input: input, in: directory ?? root)
        return Run(status: result.status, stdout: result.stdoutText, stderr: result.stderrText, stdoutBytes: result.stdout)
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let exampleArticle = "examples/iron-dome/press-tv-iron-dome.txt"
}
