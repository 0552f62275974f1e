import ArgumentParser
import NewsGraphExtraction

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How `extract` runs over a corpus: jobs, progress, what to do with bad articles.
struct CorpusOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How many articles to extract at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp(
        "Keep at most this many provenance records per node and edge (their counts stay exact).", valueName: "n"))
    var maxEvidence: Int?

    @Option(help: ArgumentHelp("Skip articles larger than this many megabytes.", valueName: "mb"))
    var maxArticleMb: Int = 100

    @Flag(help: "Standard input holds JSON Lines, one article a line, instead of one article.")
    var stdinJsonl = false

    @Flag(help: "Stop at the first article that cannot be read, writing nothing.")
    var strict = false

    @Flag(help: "Show the progress line even when standard error is not a terminal.")
    var progress = false

    @Flag(help: "Show no progress line and no summary.")
    var quiet = false

    func check() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if let maxEvidence, maxEvidence < 0 { throw ValidationError("--max-evidence must be 0 or more") }
        if maxArticleMb < 1 { throw ValidationError("--max-article-mb must be 1 or more") }
        if progress && quiet { throw ValidationError("--progress and --quiet ask opposite things; give one") }
    }

    /// Whether the progress line and the summary show.
    var showsProgress: Bool { !quiet && (progress || isatty(STDERR_FILENO) != 0) }

    var jobCount: Int { jobs ?? Self.cores }

    /// The cores online.
    static var cores: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    func log(for inputs: [CorpusInput]) -> CorpusLog {
        let sizes = inputs.map(\.size)
        let expectedBytes = sizes.contains(nil) ? nil : sizes.reduce(0) { $0 + ($1 ?? 0) }
        let articlesKnown = inputs.allSatisfy { $0.kind == .article }
        return CorpusLog(
            strict: strict, showsProgress: showsProgress, expectedArticles: articlesKnown ? inputs.count : nil,
            expectedBytes: expectedBytes)
    }

    func extraction(_ extractor: Extractor) -> CorpusExtraction {
        CorpusExtraction(
            extractor: extractor, jobs: jobCount, maxEvidence: maxEvidence, maximumArticleBytes: maxArticleMb << 20,
            standardInputIsJSONLines: stdinJsonl)
    }
}
