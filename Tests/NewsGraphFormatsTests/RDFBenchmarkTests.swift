import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphFormats

/// Times the Turtle, DOT and JSON writers and the JSON reader on a large
/// synthetic graph. Run with `NEWSGRAPH_BENCH=1 swift test -c release --filter RDFBenchmarkTests`
/// (NEWSGRAPH_BENCH_EDGES sets the number of edges, nodes are a tenth;
/// NEWSGRAPH_BENCH_ONLY=turtle|dot|json picks one writer).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["NEWSGRAPH_BENCH"] != nil))
struct RDFBenchmarkTests {
    /// `edges` random edges between `edges / 10` nodes, one mention each.
    static func graph(edges edgeCount: Int) throws -> Graph {
        var random = SplitMix(seed: 7)
        let nodeCount = max(edgeCount / 10, 2)
        let sentences = (0..<1000).map { "Sentence \($0) says that one actor sent a weapon system to another actor in a place." }
        let types = NodeType.allCases
        let nodes = (0..<nodeCount).map { index -> Node in
            let type = types[index % types.count]
            let place = Provenance(article: "article.bench", sentence: index % 1000, start: index, end: index + 8, evidence: sentences[index % 1000])
            return Node(id: "\(type.idPrefix).n\(index)", type: type, kind: "Kind", label: "Node number \(index)",
                        aliases: ["N\(index)"], provenance: [place])
        }
        var edges: [Edge] = []
        edges.reserveCapacity(edgeCount)
        for index in 0..<edgeCount {
            let source = nodes[Int(random.next() % UInt64(nodeCount))].id
            let target = nodes[Int(random.next() % UInt64(nodeCount))].id
            let relation = Relation.vocabulary[Int(random.next() % UInt64(Relation.vocabulary.count))]
            let place = Provenance(article: "article.bench", sentence: index % 1000, start: index, end: index + 20, evidence: sentences[index % 1000])
            edges.append(Edge(source: source, relation: relation, target: target, provenance: [place]))
        }
        return try Graph(articles: [Article(id: "article.bench", source: "bench.txt")], nodes: nodes, edges: edges)
    }

    static func time(_ name: String, _ body: () throws -> Int) rethrows {
        let only = ProcessInfo.processInfo.environment["NEWSGRAPH_BENCH_ONLY"] ?? ""
        guard only.isEmpty || name.lowercased().hasPrefix(only.lowercased()) else { return }
        let start = Date()
        let cpuStart = cpuSeconds()
        let bytes = try body()
        let wall = String(format: "%.2f", Date().timeIntervalSince(start))
        let cpu = String(format: "%.2f", cpuSeconds() - cpuStart)
        print("bench: \(name): \(wall) s wall, \(cpu) s CPU, \(bytes / 1_000_000) MB")
    }

    /// User and system time of this process so far (other jobs on the machine do not count).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    @Test("write and read a large graph")
    func writeAndRead() throws {
        let edges = Int(ProcessInfo.processInfo.environment["NEWSGRAPH_BENCH_EDGES"] ?? "") ?? 1_000_000
        let graph = try Self.graph(edges: edges)
        print("bench: \(graph.nodes.count) nodes, \(graph.edges.count) edges")
        // NEWSGRAPH_BENCH_KEEP=DIR keeps the files there, to compare with other tools.
        let keep = ProcessInfo.processInfo.environment["NEWSGRAPH_BENCH_KEEP"]
        let directory = try keep.map { URL(fileURLWithPath: $0) } ?? Consumer.temporaryDirectory()
        defer { if keep == nil { try? FileManager.default.removeItem(at: directory) } }
        func toFile(_ name: String, _ write: (ByteSink) throws -> Void) throws -> Int {
            let path = directory.appendingPathComponent(name).path
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            defer { close(descriptor) }
            let sink = ByteSink(fileDescriptor: descriptor)
            try write(sink)
            return sink.count
        }
        try Self.time("RDF mapping (count)") { RDFMapping().count(graph) }
        try Self.time("Turtle") { try toFile("graph.ttl") { try TurtleWriter().write(graph, to: $0) } }
        try Self.time("DOT") { try toFile("graph.dot") { try DOTWriter().write(graph, to: $0) } }
        try Self.time("JSON write") { try toFile("graph.json") { try JSONGraphWriter().write(graph, to: $0) } }
        try Self.time("JSON read") {
            let read = try JSONGraphReader().read(path: directory.appendingPathComponent("graph.json").path)
            #expect(read.edges.count == graph.edges.count)
            return 0
        }
    }
}
