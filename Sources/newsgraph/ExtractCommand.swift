import ArgumentParser
import NewsGraphCore
import NewsGraphExtraction
import NewsGraphSyntax
import NewsGraphText

/// `newsgraph extract`: articles in, one graph out.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract actors, weapon systems, places and statements from articles into one graph.",
        discussion: """
            Reads plain-text articles and saved web pages (.html, .htm, or sniffed), and JSON Lines \
            files (.jsonl) with one article per line ({"text": ..., "title": ..., "url": ...}). \
            Every article becomes part of one graph. The output format comes from --format or from \
            the output file's extension (.graphml, .ttl, .dot/.gv, .json); standard output gets JSON \
            by default. Output files are written whole or not at all.

            Examples:
              newsgraph extract article.txt -o graph.graphml
              newsgraph extract saved-page.html --format turtle > graph.ttl
              newsgraph extract articles/*.txt -o graph.json
              newsgraph extract corpus.jsonl -o corpus.graphml --graphml-flavor yed
              cat article.txt | newsgraph extract - --format dot | dot -Tsvg > graph.svg
              newsgraph extract article.txt --lexicon my-lexicon.tsv -o graph.json
            """)

    @Argument(help: ArgumentHelp("Article files; '-' reads one article from standard input.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp(
        "A lexicon file (TSV or JSON) that adds or overrides entries; may be repeated.", valueName: "file"))
    var lexicon: [String] = []

    @Option(help: ArgumentHelp("A syntax model file written by newsgraph-train, instead of the built-in one.", visibility: .hidden))
    var syntaxModel: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let syntax = try syntaxModel.map { try SyntaxModelOption.load($0) } ?? (try? SyntaxModel.builtIn.get())
        let extractor = Extractor(lexicon: try LexiconOption.load(lexicon), syntax: syntax)
        var builder = GraphBuilder()
        var articles = ArticleInputs()
        for file in files {
            try articles.forEachDocument(in: file) { document in
                extractor.extract(document, into: &builder)
            }
        }
        try output.write(builder.build())
    }
}
