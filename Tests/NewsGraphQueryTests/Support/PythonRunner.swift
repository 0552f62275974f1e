import Foundation
import Testing

/// Runs a Python script when python3 and the modules are installed;
/// otherwise reports through ``SuiteAvailability`` and returns nil.
enum PythonRunner {
    static func run(_ script: String, modules: [String], arguments: [String] = [], input: String = "") throws -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let python = paths.map({ "\($0)/python3" }).first(where: FileManager.default.isExecutableFile),
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        let inPipe = Pipe()
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardInput = inPipe
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        inPipe.fileHandleForWriting.write(Data(input.utf8))
        try inPipe.fileHandleForWriting.close()
        let output = outPipe.fileHandleForReading.readDataToEndOfFile()
        let error = errPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }
}
