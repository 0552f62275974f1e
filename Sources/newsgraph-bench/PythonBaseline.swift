import Foundation

/// Runs `scripts/bench_python_writers.py` on the exported GraphML and reads its timings.
enum PythonBaseline {
    /// - Parameters:
    ///   - graphML: our GraphML of the graph, which igraph loads;
    ///   - turtle: our Turtle of the graph, whose triples pyoxigraph writes again.
    static func run(_ options: BenchCommand.Options, graphML: String, turtle: String) -> [Measurement] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["python3", options.script, graphML, turtle, options.output]
            + (options.skipNetworkx ? ["--skip-networkx"] : [])
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            print("note: python3 could not run (\(error)); no baselines")
            return []
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0 { print("note: the Python baseline exited with \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap(measurement)
    }

    private static func measurement(_ line: Substring) -> Measurement? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let name = object["name"] as? String, let seconds = object["seconds"] as? Double,
            let cpu = object["cpu_seconds"] as? Double, let bytes = object["bytes"] as? Int
        else { return nil }
        return Measurement(name: name, seconds: seconds, cpuSeconds: cpu, bytes: bytes, peakResident: nil)
    }
}
