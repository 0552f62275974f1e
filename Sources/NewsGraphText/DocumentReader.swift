import LibXML
import NewsGraphCore

/// Reads an input file into a ``Document``: tells plain text from a web
/// page, finds the article body, drops site chrome and splits the body.
///
/// The body (``Document/text``, what `newsgraph text` prints) is the
/// headline on its own line, if there is one, then the paragraphs separated
/// by blank lines, white space inside a paragraph collapsed to single spaces.
///
/// Reading never fails: invalid UTF-8 is replaced by U+FFFD, a page with no
/// article gives an empty body, and so does a binary file or a page larger
/// than ``maximumPageSize``. Use ``readChecked(bytes:source:id:)`` to be told
/// about those instead.
public struct DocumentReader: Sendable {
    /// The largest web page read, in bytes (32 MiB): saved news pages are far
    /// smaller, and libxml2's HTML parser and the page tree take time and
    /// memory many times a page's size.
    public static let maximumPageSize = 32 << 20

    public init() {}

    /// The document for the bytes of one input.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - source: the path or name the bytes came from (`-` for standard
    ///     input); a name ending in `.html` or `.htm` marks a web page, as
    ///     does content that opens with `<!DOCTYPE html` or `<html`.
    ///   - id: the article id; by default one made from the file name.
    public func read(bytes: [UInt8], source: String, id: String? = nil) -> Document {
        var article = Article(id: id ?? Self.articleID(for: source), source: source)
        switch InputKind.sniff(bytes, source: source) {
        case .binary:
            return Document(article: article, text: "")
        case .html:
            guard bytes.count <= Self.maximumPageSize else { return Document(article: article, text: "") }
            let page = PageReader().read(HTMLDocument(bytes: bytes))
            page.metadata.apply(to: &article)
            return Self.noted(Document(article: article, text: Body.fromPage(page)))
        case .plainText:
            let body = Body.fromPlainText(PlainText.decode(bytes))
            article.title = body.title
            return Self.noted(Document(article: article, text: body.text))
        }
    }

    /// The document, with a note on its article when repeated sentences were left unread.
    static func noted(_ document: Document) -> Document {
        let unread = document.unreadRepeats
        guard unread > 0 else { return document }
        var noted = document
        noted.article.note =
            "\(unread) repeated sentences not read: a sentence that recurs word for word is read at most \(SentenceSplitter.maximumRepeats) times per article"
        return noted
    }

    /// Like ``read(bytes:source:id:)``, but binary input and a page larger than
    /// ``maximumPageSize`` are errors.
    public func readChecked(bytes: [UInt8], source: String, id: String? = nil) throws(TextInputError) -> Document {
        switch InputKind.sniff(bytes, source: source) {
        case .binary: throw TextInputError.binary(source: source)
        case .html where bytes.count > Self.maximumPageSize: throw TextInputError.pageTooLarge(source: source, size: bytes.count)
        default: break
        }
        return read(bytes: bytes, source: source, id: id)
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
