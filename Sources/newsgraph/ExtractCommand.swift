import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphExtraction
import NewsGraphText

/// `newsgraph extract FILE... [--format json] [--lexicon FILE] [-o OUT]`: the graph of one or more articles.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Extract actors, weapons, places and statements from articles.")

    @Argument(help: "Article files (plain text or HTML); - for standard input.")
    var files: [String]

    @Option(help: "Output format (json).")
    var format: String = "json"

    @Option(help: "A TSV or JSON lexicon file that adds or overrides entries.")
    var lexicon: [String] = []

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    func run() throws {
        var known = Lexicon.builtIn
        for path in lexicon { known = try known.adding(contentsOf: path) }
        let extractor = Extractor(lexicon: known)
        var builder = GraphBuilder()
        for file in files {
            let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
            extractor.extract(DocumentReader().read(bytes: [UInt8](data), source: file), into: &builder)
        }
        let json = try JSONSerialization.data(withJSONObject: ProbeJSON.object(try builder.build()), options: [.sortedKeys])
        if let output { try json.write(to: URL(fileURLWithPath: output)) } else { FileHandle.standardOutput.write(json) }
    }
}

/// A minimal JSON Graph Format rendering, until the format layer's writer is wired in.
enum ProbeJSON {
    static func object(_ graph: Graph) -> [String: Any] {
        var nodes: [String: Any] = [:]
        for node in graph.nodes {
            var metadata: [String: Any] = ["type": node.type.rawValue, "aliases": node.aliases]
            if let kind = node.kind { metadata["kind"] = kind }
            if let text = node.text { metadata["text"] = text }
            if let date = node.date { metadata["date"] = date }
            nodes[node.id] = ["label": node.label, "metadata": metadata]
        }
        let edges: [[String: Any]] = graph.edges.map { edge in
            ["source": edge.source, "target": edge.target, "relation": edge.relation.rawValue,
             "metadata": ["evidence": edge.provenance.map(\.evidence)]]
        }
        return ["graph": ["directed": true, "nodes": nodes, "edges": edges]]
    }
}
