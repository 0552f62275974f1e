import NewsGraphCore
import NewsGraphText

/// An article as read from its input, before extraction: its id, where it
/// came from, and its bytes (read as a file would be), with the fields a
/// JSON Lines object gives.
struct RawArticle: Sendable {
    var id: String
    var source: String
    var bytes: [UInt8]
    /// `title`, `url`, `publisher`, `author` and `date` from a JSON Lines
    /// object; they replace what the text or page says.
    var fields: [String: String] = [:]
    /// The input's length, for progress.
    var inputBytes: Int

    /// The document extraction reads.
    func document(_ reader: DocumentReader) -> Document {
        var document = reader.read(bytes: bytes, source: source, id: id)
        if let title = fields["title"] { document.article.title = title }
        if let url = fields["url"] { document.article.url = url }
        if let publisher = fields["publisher"] { document.article.publisher = publisher }
        if let author = fields["author"] { document.article.author = author }
        if let date = fields["date"] { document.article.date = date }
        return document
    }
}
