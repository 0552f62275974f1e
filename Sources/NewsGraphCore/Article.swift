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

    public init(
        id: String, source: String, title: String? = nil, publisher: String? = nil,
        author: String? = nil, date: String? = nil, url: String? = nil
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.publisher = publisher
        self.author = author
        self.date = date
        self.url = url
    }

    public static func < (lhs: Article, rhs: Article) -> Bool { lhs.id < rhs.id }
}
