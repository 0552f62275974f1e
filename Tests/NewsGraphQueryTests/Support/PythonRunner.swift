import Foundation
import TestSupport
import Testing

/// Runs a Python script when python3 and the modules are installed;
/// otherwise reports through ``SuiteAvailability`` and returns nil.
enum PythonRunner {
    static func run(_ script: String, modules: [String], arguments: [String] = [], input: String = "") throws -> String? {
        guard let python = Subprocess.which("python3"),
            try execute(python, ["-c", modules.map { "import \($0)" }.joined(separator: "; ")], "").status == 0
        else {
            SuiteAvailability.unavailable("python3 with \(modules.joined(separator: ", "))")
            return nil
        }
        let result = try execute(python, ["-c", script] + arguments, input)
        guard result.status == 0 else { throw PythonFailure(message: result.error) }
        return result.output
    }

    struct PythonFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { "python failed: \(message)" }
    }

    private static func execute(_ python: String, _ arguments: [String], _ input: String) throws -> (status: Int32, output: String, error: String) {
        let result = try Subprocess.run(URL(fileURLWithPath: python), arguments, input: Data(input.utf8))
        return (result.status, result.stdoutText, result.stderrText)
    }
}
