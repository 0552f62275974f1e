import NewsGraphCore
import NewsGraphFormats

/// The writers the benchmark times, by name, and the file each one writes.
enum BenchWriters {
    struct Writer: Sendable {
        var name: String
        var file: String
        var write: @Sendable (Graph, ByteSink) throws -> Void
    }

    static let all: [Writer] = [
        Writer(name: "GraphML", file: "graph.graphml") { try GraphMLWriter().write($0, to: $1) },
        Writer(name: "GraphML (yEd)", file: "graph-yed.graphml") { try GraphMLWriter(flavor: .yed).write($0, to: $1) },
        Writer(name: "Turtle", file: "graph.ttl") { try TurtleWriter().write($0, to: $1) },
        Writer(name: "DOT", file: "graph.dot") { try DOTWriter().write($0, to: $1) },
        Writer(name: "JSON Graph", file: "graph.json") { try JSONGraphWriter().write($0, to: $1) },
    ]
}
