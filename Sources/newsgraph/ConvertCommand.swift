import ArgumentParser
import NewsGraphQuery

/// `newsgraph convert`: a graph file in, any format out.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Read graphs that newsgraph (or another JSON Graph Format tool) wrote and write them in any format.",
        discussion: """
            Reads JSON Graph Format (.json; any JGF v2 file whose nodes carry a label and \
            metadata.type), GraphML (.graphml, streamed through libxml2) and Turtle (.ttl) as \
            newsgraph writes them. Several inputs merge into one graph, as newsgraph merge joins them. \
            Untrusted files are safe to \
            read: no network, no entity expansion, no DOCTYPE.

            Examples:
              newsgraph convert graph.json -o graph.graphml
              newsgraph convert graph.graphml -o graph.ttl
              newsgraph convert monday.json tuesday.json -o week.json
              newsgraph convert graph.json --format dot | dot -Tsvg > graph.svg
            """)

    @Argument(help: ArgumentHelp("Graph files (.json, .graphml, .ttl); '-' is not accepted.", valueName: "file"))
    var inputs: [String]

    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.write(QueryLoader().graph(paths: inputs))
    }
}
