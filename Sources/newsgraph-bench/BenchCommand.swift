import Foundation
import NewsGraphCore
import NewsGraphFormats

/// `newsgraph-bench`: times the graph writers on a synthetic graph and
/// compares them with networkx, igraph and pyoxigraph.
///
///     swift run -c release newsgraph-bench --nodes 100000 --edges 1000000
@main
struct BenchCommand {
    struct Options {
        var nodes = 100_000
        var edges = 1_000_000
        var repeats = 3
        var output = "bench-out"
        var python = true
        var skipNetworkx = false
        var script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/bench_python_writers.py").path
    }

    static func main() throws {
        guard let options = parse(Array(CommandLine.arguments.dropFirst())) else {
            print(
                "usage: newsgraph-bench [--nodes N] [--edges N] [--repeat N] [--out DIR] [--no-python] [--skip-networkx] [--script PATH]"
            )
            exit(2)
        }
        try FileManager.default.createDirectory(atPath: options.output, withIntermediateDirectories: true)
        let clock = ContinuousClock()
        let started = clock.now
        let graph = try SyntheticGraph.make(nodes: options.nodes, edges: options.edges)
        let built = clock.now - started
        let baseline = Memory.resident ?? 0
        print(
            "graph: \(graph.nodes.count) nodes, \(graph.edges.count) edges, built in \(Report.seconds(built)); "
                + "resident \(Report.mebibytes(baseline)) (\(baseline / max(graph.edges.count, 1)) B/edge)")
        var results: [Measurement] = []
        for writer in BenchWriters.all {
            results.append(try measure(writer, graph, options))
        }
        let reading = try measureReading(options.output + "/graph.graphml", edges: graph.edges.count)
        let baselines =
            options.python
            ? PythonBaseline.run(options, graphML: options.output + "/graph.graphml", turtle: options.output + "/graph.ttl") : []
        Report.print(results, baselines: baselines, edges: graph.edges.count, graphResident: baseline)
        print(reading)
        print("whole run: peak resident \(Report.mebibytes(Memory.processPeak)) (getrusage maxrss)")
    }

    /// Best time of `options.repeats` runs; peak memory over all of them.
    static func measure(_ writer: BenchWriters.Writer, _ graph: Graph, _ options: Options) throws -> Measurement {
        let path = options.output + "/" + writer.file
        var best = Measurement(name: writer.name, seconds: .infinity, cpuSeconds: .infinity, bytes: 0, peakResident: nil)
        let canResetPeak = Memory.resetPeak()
        for _ in 0..<max(1, options.repeats) {
            guard let file = FileHandle(forWritingAtPath: path) ?? create(path) else {
                throw CocoaError(.fileWriteNoPermission)
            }
            try file.truncate(atOffset: 0)
            let sink = ByteSink(fileDescriptor: file.fileDescriptor)
            let clock = ContinuousClock()
            let start = clock.now
            let cpuStart = Memory.cpuSeconds
            try writer.write(graph, sink)
            let elapsed = clock.now - start
            best.cpuSeconds = min(best.cpuSeconds, Memory.cpuSeconds - cpuStart)
            try file.close()
            best.seconds = min(best.seconds, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            best.bytes = sink.count
        }
        best.peakResident = canResetPeak ? Memory.peak : nil
        return best
    }

    /// Reads the GraphML file back once: time and the memory it adds.
    static func measureReading(_ path: String, edges: Int) throws -> String {
        let before = Memory.resident ?? 0
        let canResetPeak = Memory.resetPeak()
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = Memory.cpuSeconds
        let read = try GraphMLReader().read(file: path)
        let elapsed = clock.now - start
        let cpu = Memory.cpuSeconds - cpuStart
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let added = canResetPeak ? (Memory.peak ?? before) - before : 0
        return "GraphML reader: \(read.edges.count == edges ? "read back" : "MISMATCH reading") \(Report.mebibytes(size)) in "
            + "\(Report.seconds(elapsed)) (\(String(format: "%.2f", cpu)) s CPU), adding \(Report.mebibytes(added)) "
            + "at its peak (\(added / max(edges, 1)) B/edge, the graph read included)"
    }

    static func create(_ path: String) -> FileHandle? {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        return FileHandle(forWritingAtPath: path)
    }

    static func parse(_ arguments: [String]) -> Options? {
        var options = Options()
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            switch flag {
            case "--no-python": options.python = false
            case "--skip-networkx": options.skipNetworkx = true
            case "--nodes", "--edges", "--repeat", "--out", "--script":
                guard let value = rest.popFirst() else { return nil }
                switch flag {
                case "--out": options.output = value
                case "--script": options.script = value
                default:
                    guard let number = Int(value), number > 0 else { return nil }
                    if flag == "--nodes" { options.nodes = number }
                    if flag == "--edges" { options.edges = number }
                    if flag == "--repeat" { options.repeats = number }
                }
            default: return nil
            }
        }
        return options
    }
}
