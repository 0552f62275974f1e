/// How much of the corpus backs a node or an edge: the articles and
/// mentions that support it, and the dates of the first and last of those
/// articles.
///
/// Supports of graphs read from disjoint sets of articles add up: counts are
/// summed, the first date is the earlier and the last the later one. That
/// sum is what ``GraphMerge`` uses, so counts stay exact even where
/// provenance lists were capped.
///
///     Support(articles: 2, mentions: 5, firstDate: "2024-01-02", lastDate: "2024-03-01")
///         + Support(articles: 1, mentions: 1, firstDate: "2023-12-30", lastDate: "2023-12-30")
///     // articles 3, mentions 6, first 2023-12-30, last 2024-03-01
public struct Support: Hashable, Sendable {
    /// How many articles mention the node or the edge.
    public var articles: Int
    /// How many mentions support it, across all articles.
    public var mentions: Int
    /// The earliest publication date (ISO 8601, `YYYY-MM-DD`) of those articles that have one.
    public var firstDate: String?
    /// The latest publication date of those articles that have one.
    public var lastDate: String?

    public init(articles: Int = 0, mentions: Int = 0, firstDate: String? = nil, lastDate: String? = nil) {
        self.articles = articles
        self.mentions = mentions
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    /// Nothing known yet: what extraction starts from, before provenance is counted.
    public static let none = Support()

    /// The support of two disjoint sets of articles together.
    public static func + (lhs: Support, rhs: Support) -> Support {
        Support(
            articles: lhs.articles + rhs.articles, mentions: lhs.mentions + rhs.mentions,
            firstDate: earlier(lhs.firstDate, rhs.firstDate), lastDate: later(lhs.lastDate, rhs.lastDate))
    }

    /// The larger of two counts of the same thing: one stated (read from a
    /// file, or summed), one seen (counted from provenance).
    func atLeast(_ seen: Support) -> Support {
        Support(
            articles: max(articles, seen.articles), mentions: max(mentions, seen.mentions),
            firstDate: Self.earlier(firstDate, seen.firstDate), lastDate: Self.later(lastDate, seen.lastDate))
    }

    /// The support that a complete, sorted provenance list shows.
    ///
    /// - Parameter dates: the ISO date of each article id that has one.
    static func counting(_ provenance: [Provenance], dates: [String: String]) -> Support {
        var support = Support(mentions: provenance.count)
        var previous: String?
        for place in provenance where place.article != previous {
            previous = place.article
            support.articles += 1
            if let date = dates[place.article] {
                support.firstDate = earlier(support.firstDate, date)
                support.lastDate = later(support.lastDate, date)
            }
        }
        return support
    }

    static func earlier(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }

    static func later(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return max(a, b)
    }
}
