@testable import NewsGraphExtraction
import NewsGraphCore
import NewsGraphText

/// Runs the extractor on a text and describes what it found, for table-driven tests.
struct ExtractionProbe {
    let graph: Graph

    init(_ text: String, lexicon: Lexicon = .builtIn) throws {
        let document = DocumentReader().read(bytes: Array(text.utf8), source: "probe.txt")
        graph = try Extractor(lexicon: lexicon).extract(document)
    }

    /// `Type:label` of every entity node.
    var entities: Set<String> {
        Set(graph.nodes.filter { $0.type != .statement }.map { "\($0.type.rawValue):\($0.label)" })
    }

    /// The node with a label or alias equal to `name`.
    func node(_ name: String) -> Node? {
        graph.nodes.first { $0.label == name || $0.aliases.contains(name) }
    }

    /// `subject relation object` for every edge between entities, by label.
    var relations: Set<String> {
        Set(graph.edges.compactMap { edge in
            guard let s = graph.node(edge.source), let o = graph.node(edge.target), s.type != .statement, o.type != .statement else { return nil }
            return "\(s.label) \(edge.relation.rawValue) \(o.label)"
        })
    }

    /// `speaker: text` for every statement.
    var statements: [String] {
        graph.edges.filter { $0.relation == .states }.compactMap { edge in
            guard let speaker = graph.node(edge.source), let statement = graph.node(edge.target) else { return nil }
            return "\(speaker.label): \(statement.text ?? "")"
        }.sorted()
    }
}
