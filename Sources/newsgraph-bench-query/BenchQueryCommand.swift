import Foundation
import NewsGraphCore
import NewsGraphFormats
import NewsGraphQuery

/// `newsgraph-bench-query`: writes a synthetic graph in every format, or
/// loads files and runs one SPARQL query, printing times and peak memory.
///
///     newsgraph-bench-query generate --nodes 100000 --edges 1000000 --out bench-out
///     newsgraph-bench-query load bench-out/graph.ttl --sparql 'SELECT (COUNT(*) AS ?n) { ?a ?p ?b }'
@main
struct BenchQueryCommand {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())[...]
        switch arguments.popFirst() {
        case "generate": try generate(Array(arguments))
        case "load": try load(Array(arguments))
        default:
            print("usage: newsgraph-bench-query generate [--nodes N] [--edges N] [--out DIR]\n"
                  + "       newsgraph-bench-query load FILE... [--sparql QUERY] [--graph]")
            exit(2)
        }
    }

    static func value(_ flag: String, in arguments: [String]) -> String? {
        arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }

    static func generate(_ arguments: [String]) throws {
        let nodes = Int(value("--nodes", in: arguments) ?? "") ?? 100_000
        let edges = Int(value("--edges", in: arguments) ?? "") ?? 1_000_000
        let out = value("--out", in: arguments) ?? "bench-out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let graph = try QuerySyntheticGraph.make(nodes: nodes, edges: edges)
        let writers: [(String, (Graph, ByteSink) throws -> Void)] = [
            ("graph.ttl", { try TurtleWriter().write($0, to: $1) }),
            ("graph.json", { try JSONGraphWriter().write($0, to: $1) }),
            ("graph.graphml", { try GraphMLWriter().write($0, to: $1) }),
        ]
        for (name, write) in writers {
            let path = out + "/" + name
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            guard let file = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteNoPermission) }
            let sink = ByteSink(fileDescriptor: file.fileDescriptor)
            try write(graph, sink)
            try sink.flush()
            try file.close()
            print("wrote \(path): \(sink.count) bytes")
        }
        print("triples: \(RDFMapping().count(graph))")
    }

    /// Loads the files (as a triple store, or as a graph with `--graph`), runs
    /// the query, prints one JSON object with seconds and peak resident bytes.
    static func load(_ arguments: [String]) throws {
        let query = value("--sparql", in: arguments)
        let values = Set(["--sparql", "--repeat"].compactMap { value($0, in: arguments) })
        let paths = arguments.filter { !$0.hasPrefix("--") && !values.contains($0) }
        let clock = ContinuousClock()
        let started = clock.now
        var size = 0
        var answer = ""
        var queryTime = Duration.zero
        if arguments.contains("--graph") {
            let graph = try QueryLoader().graph(paths: paths)
            size = graph.edges.count
        } else {
            let store = try QueryLoader().store(paths: paths)
            size = store.count
            if let query {
                let parsed = try SPARQLQuery(query)
                for _ in 0..<(Int(value("--repeat", in: arguments) ?? "") ?? 0) {
                    let before = clock.now
                    _ = parsed.run(on: store)
                    print("(warm-up run: \(seconds(clock.now - before)) s)")
                }
                let before = clock.now
                let result = withExtendedLifetime(store) {
                    let result = parsed.run(on: store)
                    queryTime = clock.now - before
                    return result
                }
                switch result {
                case .boolean(let value): answer = String(value)
                case .table(let table):
                    if case .literal(let text, _, _)?? = table.rows.first?.first { answer = text } else { answer = "\(table.rows.count) rows" }
                }
            }
        }
        let total = clock.now - started
        print("{\"load_s\": \(seconds(total - queryTime)), \"query_s\": \(seconds(queryTime)), \"size\": \(size), "
              + "\"answer\": \"\(answer)\", \"peak_rss_bytes\": \(peakResident())}")
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The peak resident set of this process (getrusage `ru_maxrss`), in bytes.
    static func peakResident() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
