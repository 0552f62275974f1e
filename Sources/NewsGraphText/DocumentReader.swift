import NewsGraphCore

/// Reads an input file into a ``Document``: decodes it, finds the article
/// body and splits it.
public struct DocumentReader: Sendable {
    public init() {}

    /// The document for the bytes of one input.
    ///
    /// - Parameters:
    ///   - bytes: the file's content; invalid UTF-8 is replaced, never fatal.
    ///   - source: the path or name the bytes came from (`-` for standard input).
    ///   - id: the article id; by default one made from the file name.
    public func read(bytes: [UInt8], source: String, id: String? = nil) -> Document {
        let article = Article(id: id ?? Self.articleID(for: source), source: source)
        let text = PlainText.normalize(PlainText.decode(bytes))
        return Document(article: article, text: text)
    }

    /// `article.` and a slug of the file name without its folder and extension.
    ///
    ///     DocumentReader.articleID(for: "dev/00-press-tv.txt")  // "article.00-press-tv"
    public static func articleID(for source: String) -> String {
        if source == "-" { return "article.stdin" }
        var name = Substring(source)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        return Identifier.make(.statement, String(name)).replacingPrefix("statement.", with: "article.")
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
