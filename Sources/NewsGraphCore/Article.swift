/// One input article, as the graph describes it.
public struct Article: Hashable, Comparable, Sendable {
    /// A stable id made from the file name (`article.00-press-tv-iron-dome`).
    public var id: String
    /// The path or name the article was read from (`-` for standard input).
    public var source: String
    public var title: String?
    public var publisher: String?
    public var author: String?
    /// The publication date as the page gives it.
    public var date: String?
    public var url: String?
    /// What the reader should know about how the article was read (for
    /// example that repeated sentences were read only a few times).
    public var note: String?

    public init(
        id: String, source: String, title: String? = nil, publisher: String? = nil,
        author: String? = nil, date: String? = nil, url: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.publisher = publisher
        self.author = author
        self.date = date
        self.url = url
        self.note = note
    }

    /// The publication date as an ISO 8601 calendar date, where ``date`` names one plainly.
    public var isoDate: String? { date.flatMap(ArticleDate.iso) }

    /// By id, then by every other field, so that articles sharing an id
    /// (two files of the same name) still sort one way on every run.
    public static func < (lhs: Article, rhs: Article) -> Bool {
        lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
    }

    /// The fields in order; a missing one sorts before any string, the empty one included.
    private var sortKey: [String] {
        [id, source] + [title, publisher, author, date, url, note].map { $0.map { "+" + $0 } ?? "" }
    }
}
