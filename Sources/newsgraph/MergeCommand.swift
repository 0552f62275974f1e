import ArgumentParser
import NewsGraphQuery

/// `newsgraph merge`: graphs of distinct articles in, one graph out.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join graphs that newsgraph wrote from distinct articles into one graph.",
        discussion: """
            Reads JSON Graph Format (.json), GraphML (.graphml) and Turtle (.ttl) files written by \
            newsgraph extract (or by an earlier merge) and joins them: one node per referent, \
            aliases united, article and mention counts added up, provenance lists joined. Merging \
            is associative and commutative: any grouping and any order of the same graphs gives \
            the same bytes, equal to extracting all their articles in one run. Graphs must hold \
            distinct articles (an article in two of them would count twice); the same graph given \
            twice, in any format, counts once.

            Examples:
              newsgraph merge part-1.json part-2.json part-3.json -o corpus.json
              newsgraph merge monday.graphml tuesday.ttl -o week.graphml
              newsgraph merge parts/*.json --max-evidence 5 -o corpus.ttl
            """)

    @Argument(help: ArgumentHelp("Graph files (.json, .graphml, .ttl).", valueName: "file"))
    var inputs: [String]

    @Option(help: ArgumentHelp(
        "Keep at most this many provenance records per node and edge (their counts stay exact).", valueName: "n"))
    var maxEvidence: Int?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let maxEvidence, maxEvidence < 0 { throw ValidationError("--max-evidence must be 0 or more") }
    }

    func run() throws {
        try output.write(QueryLoader().graph(paths: inputs, maxEvidence: maxEvidence))
    }
}
