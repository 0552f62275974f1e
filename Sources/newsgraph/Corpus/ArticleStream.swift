#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import NewsGraphCore
import NewsGraphText

/// Reads the inputs of a corpus run in order and hands over each article
/// with a unique id; what cannot be read as an article is skipped with one
/// line naming it (see ``CorpusLog``).
///
/// Article ids: a file given by name is named after its file name
/// (`article.press-tv-iron-dome`); a file found below a folder after its
/// path (`corpus/bbc/business/001.txt` gives `article.corpus-bbc-business-001`),
/// so that the same file has the same id whichever folder around it was
/// given, and graphs of sibling folders merge into the graph of their
/// parent; a JSON Lines article after its `id`, else after the file name and
/// line number. An id taken by an earlier
/// article gets `-2`, `-3`, ... in the order of the sorted inputs.
struct ArticleStream {
    let maximumArticleBytes: Int
    /// Whether standard input holds JSON Lines rather than one article.
    let standardInputIsJSONLines: Bool
    let log: CorpusLog
    private var usedIDs: Set<String> = []

    init(maximumArticleBytes: Int, standardInputIsJSONLines: Bool, log: CorpusLog) {
        self.maximumArticleBytes = maximumArticleBytes
        self.standardInputIsJSONLines = standardInputIsJSONLines
        self.log = log
    }

    /// Calls `body` with each article of `input`.
    ///
    /// - Throws: what `body` or the log throws (with `--strict`, the first skip).
    mutating func forEachArticle(in input: CorpusInput, _ body: (RawArticle) throws -> Void) throws {
        switch input.kind {
        case .jsonLines: try forEachLine(of: input.path, body)
        case .standardInput where standardInputIsJSONLines: try forEachLine(of: "-", body)
        case .article, .standardInput: try readArticle(input, body)
        }
    }

    private mutating func readArticle(_ input: CorpusInput, _ body: (RawArticle) throws -> Void) throws {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(input.path, maximumSize: maximumArticleBytes)
        } catch let error as CLIError {
            return try log.skip(input.path, error.description)
        }
        let id = input.name.map { "article." + Identifier.slug($0) } ?? DocumentReader.articleID(for: input.path)
        try hand(RawArticle(id: id, source: input.path, bytes: bytes, inputBytes: bytes.count), body)
    }

    private mutating func forEachLine(of path: String, _ body: (RawArticle) throws -> Void) throws {
        let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            return try log.skip(path, "cannot open it: \(String(cString: strerror(errno))); check the path")
        }
        defer { if descriptor != 0 { close(descriptor) } }
        var lines = LineReader(descriptor: descriptor, maximumLength: maximumArticleBytes * 2)
        var number = 0
        while true {
            let line: LineReader.Line?
            do {
                line = try lines.next()
            } catch let error as CLIError {
                return try log.skip(path, error.description)
            }
            guard let line else { return }
            number += 1
            switch line {
            case .tooLong(let length):
                try log.skip("\(path):\(number)", "the line is \(Self.megabytes(length)) long; articles are read up to \(Self.megabytes(maximumArticleBytes)) (--max-article-mb)")
            case .text(let text):
                guard text.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                switch JSONLinesArticle.parse(text, path: path, number: number) {
                case .success(let article): try hand(article, body)
                case .failure(let problem):
                    try log.skip("\(path):\(number)", "\(problem.description); each line of a .jsonl file must be a JSON object with a \"text\" field")
                }
            }
        }
    }

    /// Checks size and content, makes the id unique, and hands the article over.
    private mutating func hand(_ article: RawArticle, _ body: (RawArticle) throws -> Void) throws {
        if article.bytes.count > maximumArticleBytes {
            return try log.skip(article.source, "the article is \(Self.megabytes(article.bytes.count)) long; articles are read up to \(Self.megabytes(maximumArticleBytes)) (--max-article-mb)")
        }
        if InputKind.sniff(article.bytes, source: article.source) == .binary {
            return try log.skip(article.source, "it looks like a binary file, not an article; give plain text (UTF-8) or HTML")
        }
        var unique = article
        unique.id = uniqueID(article.id)
        log.read()
        try body(unique)
    }

    /// `id`, or `id-2`, `id-3`, ... when an earlier article took it.
    private mutating func uniqueID(_ id: String) -> String {
        var candidate = id
        var counter = 1
        while usedIDs.contains(candidate) {
            counter += 1
            candidate = "\(id)-\(counter)"
        }
        usedIDs.insert(candidate)
        return candidate
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
