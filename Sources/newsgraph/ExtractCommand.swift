import ArgumentParser
import NewsGraphCore
import NewsGraphExtraction
import NewsGraphSyntax
import NewsGraphText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `newsgraph extract`: articles in, one graph out.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract actors, weapon systems, places and statements from articles into one graph.",
        discussion: """
            Reads plain-text articles and saved web pages (.html, .htm, or sniffed), JSON Lines \
            files (.jsonl) with one article per line ({"text": ..., "title": ..., "url": ..., \
            "date": ...}), folders (recursively: files ending in .txt, .html, .htm and .jsonl) and \
            standard input ('-'). Every article becomes part of one graph: one node per referent \
            across articles, each node and edge counting the articles and mentions that support \
            it. Inputs are sorted and extracted on every core (--jobs); the output is the same, \
            byte for byte, for any number of jobs.

            An article that cannot be read (binary, a broken JSON line, too large) is skipped \
            with one line naming it, and the run goes on; the exit status is then 2 (0 when \
            nothing was skipped). --strict stops at the first one instead. A progress line \
            shows on a terminal.

            The output format comes from --format or from the output file's extension (.graphml, \
            .ttl, .dot/.gv, .json); standard output gets JSON by default. Output files are \
            written whole or not at all.

            Examples:
              newsgraph extract article.txt -o graph.graphml
              newsgraph extract saved-page.html --format turtle > graph.ttl
              newsgraph extract corpus/ -o corpus.json --jobs 2
              newsgraph extract corpus.jsonl -o corpus.graphml --max-evidence 5
              cat article.txt | newsgraph extract - --format dot | dot -Tsvg > graph.svg
              cat part-0001.jsonl | newsgraph extract - --stdin-jsonl --quiet > part-0001.json
              newsgraph extract article.txt --lexicon my-lexicon.tsv -o graph.json
            """)

    @Argument(help: ArgumentHelp("Article files, JSON Lines files, folders; '-' reads standard input.", valueName: "path"))
    var files: [String]

    @Option(help: ArgumentHelp(
        "A lexicon file (TSV or JSON) that adds or overrides entries; may be repeated.", valueName: "file"))
    var lexicon: [String] = []

    @Option(help: ArgumentHelp("A syntax model file written by newsgraph-train, instead of the built-in one.", visibility: .hidden))
    var syntaxModel: String?

    @OptionGroup var corpus: CorpusOptions

    @OptionGroup var output: OutputOptions

    mutating func validate() throws {
        try corpus.check()
    }

    func run() throws {
        let syntax = try syntaxModel.map { try SyntaxModelOption.load($0) } ?? (try? SyntaxModel.builtIn.get())
        let extractor = Extractor(lexicon: try LexiconOption.load(lexicon), syntax: syntax)
        var discovery = InputDiscovery()
        let inputs = discovery.inputs(files)
        let log = corpus.log(for: inputs)
        let graph: Graph
        do {
            for problem in discovery.problems { try log.problem(problem) }
            log.startProgress()
            graph = try corpus.extraction(extractor).run(inputs, log: log)
        } catch let stop as CorpusLog.StrictStop {
            log.finish(quiet: true)
            throw CLIError(stop.description)
        }
        log.finish(quiet: corpus.quiet)
        let counts = log.current
        if inputs.isEmpty {
            throw CLIError("found no articles in \(files.map { "'\($0)'" }.joined(separator: ", ")): folders are read for files ending in .txt, .html, .htm and .jsonl")
        }
        guard counts.extracted > 0 || counts.skipped == 0 && !inputs.isEmpty else {
            throw CLIError("no article could be read (\(counts.summary)); nothing was written")
        }
        try output.write(graph)
        if counts.skipped > 0 { throw ExitCode(2) }
    }
}
