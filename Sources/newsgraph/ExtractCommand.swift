import ArgumentParser
import NewsGraphCore
import NewsGraphExtraction
import NewsGraphFormats
import NewsGraphText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `newsgraph extract FILE... [--format json] [--lexicon FILE] [-o OUT]`: the graph of one or more articles.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract actors, weapon systems, places and statements from articles into one graph.",
        discussion: """
            Example:
              newsgraph extract dev/01-germany-iris-t-ukraine.txt --format json
              newsgraph extract articles/*.txt --lexicon extra.tsv -o graph.json
            """)

    @Argument(help: "Article files (plain text or saved web pages); - for standard input.")
    var files: [String]

    @Option(help: "Output format: json (JSON Graph Format).")
    var format: String = "json"

    @Option(help: "A TSV or JSON lexicon file that adds or overrides entries (repeatable).")
    var lexicon: [String] = []

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    func validate() throws {
        guard format == "json" else { throw ValidationError("unknown format '\(format)'; use json") }
    }

    func run() throws {
        var known = Lexicon.builtIn
        for path in lexicon { known = try known.adding(contentsOf: path) }
        let extractor = Extractor(lexicon: known)
        var builder = GraphBuilder()
        var ids: Set<String> = []
        for file in files {
            // Files with the same name in different folders get ids from their whole path.
            var id = DocumentReader.articleID(for: file)
            if !ids.insert(id).inserted {
                id = "article." + Identifier.slug(file)
                ids.insert(id)
            }
            let document = try DocumentReader().readChecked(bytes: try InputFile.read(file), source: file, id: id)
            extractor.extract(document, into: &builder)
        }
        let graph = try builder.build()
        let descriptor = try output.map(openForWriting) ?? 1
        defer { if descriptor != 1 { close(descriptor) } }
        let sink = ByteSink(fileDescriptor: descriptor)
        try JSONGraphWriter().write(graph, to: sink)
        try sink.flush()
    }

    private func openForWriting(_ path: String) throws -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw InputFileError(path: path, reason: String(cString: strerror(errno)), advice: "check the folder exists and is writable")
        }
        return descriptor
    }
}
