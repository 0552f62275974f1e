import Foundation
import Testing

/// The committed examples are what the current build writes.
@Suite struct ExamplesTests {
    static let outputs: [(file: String, arguments: [String])] = [
        ("graph.json", ["--format", "json"]),
        ("graph.graphml", ["--format", "graphml"]),
        ("graph-yed.graphml", ["--format", "graphml", "--graphml-flavor", "yed"]),
        ("graph.ttl", ["--format", "turtle"]),
        ("graph.dot", ["--format", "dot"]),
    ]

    @Test(arguments: outputs.map(\.file))
    func exampleExportIsCurrent(file: String) throws {
        let arguments = try #require(Self.outputs.first { $0.file == file }).arguments
        let run = try CLI.run(["extract", CLI.exampleArticle] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let committed = try Data(contentsOf: CLI.root.appendingPathComponent("examples/iron-dome/\(file)"))
        #expect(run.stdoutBytes == committed, "examples/iron-dome/\(file) is stale: run scripts/regenerate-examples.sh")
    }
}
