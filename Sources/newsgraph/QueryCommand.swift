import ArgumentParser
import NewsGraphCore
import NewsGraphFormats
import NewsGraphQuery

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ResultFormat: ExpressibleByArgument {}

/// `newsgraph query`: answers questions about relations, from graphs or straight from articles.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Ask a graph (or articles) who did what to whom, who said what, and how things connect.",
        discussion: """
            Inputs are graphs newsgraph wrote (.json, .graphml, .ttl) or articles (.txt, .html, \
            .jsonl; extracted on the fly); several inputs merge into one graph. Names match labels \
            and aliases, case-insensitively. Without a question, every relation is listed.

            Examples:
              newsgraph query graph.json --subject "United States" --relation supplies
              newsgraph query graph.json --subject US --object Israel
              newsgraph query graph.json --type WeaponSystem --kind AirDefense
              newsgraph query graph.json --neighbors Hamas --depth 2
              newsgraph query graph.json --path Hamas "Gerald R. Ford"
              newsgraph query graph.json --statements --speaker "John Kirby" --evidence
              newsgraph query article.txt --relation attacks --output-format csv
              newsgraph query graph.ttl --sparql 'PREFIX rel: <https://newsgraph.dev/ns/relation#>
                SELECT ?weapon (COUNT(*) AS ?n) WHERE { ?s rel:supplies ?weapon } GROUP BY ?weapon'
            """)

    @Argument(help: ArgumentHelp("Graph files or articles.", valueName: "file"))
    var inputs: [String]

    @Option(help: "Edges whose subject has this name.") var subject: String?
    @Option(help: "Edges with this relation (supplies, attacks, member_of, ...).") var relation: String?
    @Option(help: "Edges whose object has this name.") var object: String?
    @Option(help: "Only nodes or edge ends of this type: Actor, WeaponSystem, Place, Statement.") var type: String?
    @Option(help: "Only nodes or edge ends of this kind: Country, Person, AirDefense, Sea, ...") var kind: String?
    @Option(help: ArgumentHelp("Everything connected to this entity.", valueName: "name")) var neighbors: String?
    @Option(help: "How many hops --neighbors goes.") var depth: Int = 1
    @Option(parsing: .upToNextOption, help: ArgumentHelp("The shortest paths between two entities.", valueName: "a b"))
    var path: [String] = []
    @Flag(help: "List statements: who said what.") var statements = false
    @Option(help: ArgumentHelp("With --statements: only this speaker's.", valueName: "name")) var speaker: String?
    @Flag(help: "Add the evidence sentence and source article to every row.") var evidence = false
    @Option(help: ArgumentHelp("A SPARQL query over the graph's RDF view (the Turtle export).", valueName: "query"))
    var sparql: String?
    @Option(help: ArgumentHelp("A file holding the SPARQL query.", valueName: "file")) var sparqlFile: String?
    @Option(help: "table, tsv, csv or json (SPARQL 1.1 results for SPARQL queries); by default a table on a terminal, else tsv.")
    var outputFormat: ResultFormat?
    @Option(help: ArgumentHelp("A lexicon file for extracting articles; may be repeated.", valueName: "file"))
    var lexicon: [String] = []

    func validate() throws {
        if !path.isEmpty && path.count != 2 {
            throw ValidationError("--path takes two names: --path \"Hamas\" \"Gerald R. Ford\"")
        }
        if depth < 1 { throw ValidationError("--depth must be 1 or more") }
        if speaker != nil && !statements { throw ValidationError("--speaker goes with --statements") }
        let asked = [sparql != nil || sparqlFile != nil, neighbors != nil, !path.isEmpty, statements]
        if asked.filter({ $0 }).count > 1 {
            throw ValidationError("ask one thing at a time: --sparql, --neighbors, --path or --statements")
        }
        if (sparql != nil || sparqlFile != nil || neighbors != nil || !path.isEmpty || statements),
            [subject, relation, object].contains(where: { $0 != nil })
        {
            throw ValidationError("--subject, --relation and --object filter relations; use them without --sparql, --neighbors, --path or --statements")
        }
    }

    func run() throws {
        let inputs = QueryInputs(paths: inputs, lexicon: lexicon)
        let sink = ByteSink.standardOutput()
        let format = outputFormat ?? (isatty(STDOUT_FILENO) != 0 ? .table : .tsv)
        if let text = try sparqlText() {
            let query = try SPARQLQuery(text)
            try ResultWriter(format: format).write(query.run(on: inputs.store()), to: sink)
        } else {
            let table = try GraphQuestions(inputs.graph()).answer(question, evidence: evidence)
            try ResultWriter(format: format, style: .plain).write(.table(table), to: sink)
        }
        try sink.flush()
    }

    private func sparqlText() throws -> String? {
        if let sparql { return sparql }
        guard let sparqlFile else { return nil }
        return String(decoding: try InputFile.read(sparqlFile), as: UTF8.self)
    }

    private var question: PlainQuestion {
        if let neighbors { return .neighbors(neighbors, depth: depth) }
        if path.count == 2 { return .path(from: path[0], to: path[1], limit: 20) }
        if statements { return .statements(speaker: speaker) }
        return .edges(EdgeQuestion(subject: subject, relation: relation, object: object, type: type, kind: kind))
    }
}
