import LibXML
import NewsGraphCore

/// What a page says about its article in `<head>` and JSON-LD: title,
/// publisher, author, publication date and canonical address.
struct PageMetadata: Equatable {
    var title: String?
    var publisher: String?
    var author: String?
    var date: String?
    var url: String?
    /// The text of `<title>`, which often carries the site name too.
    var documentTitle: String?

    /// Reads `<title>`, `<meta>` (Open Graph, `author`, `article:*`),
    /// `<link rel=canonical>`, the first `<time datetime>` and JSON-LD scripts.
    init(_ tree: PageTree) {
        var meta: [String: String] = [:]
        var jsonLD: [String] = []
        var time: String?
        for i in tree.nodes.indices where tree.nodes[i].kind == .element {
            let node = tree.nodes[i]
            switch node.name {
            case "title" where documentTitle == nil: documentTitle = nonEmpty(tree.text(of: i))
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased()
                if let key, let content = node.attribute("content").flatMap(nonEmpty), meta[key] == nil { meta[key] = content }
            case "link" where node.attribute("rel")?.lowercased() == "canonical":
                if meta["canonical"] == nil { meta["canonical"] = node.attribute("href").flatMap(nonEmpty) }
            case "time" where time == nil: time = node.attribute("datetime").flatMap(nonEmpty)
            case "script" where node.attribute("type")?.lowercased() == "application/ld+json":
                jsonLD.append(tree.nodes[i..<tree.end[i]].filter { $0.kind == .text }.map(\.text).joined())
            default: break
            }
        }
        func ld(_ key: String) -> String? { jsonLD.lazy.compactMap { JSONLD.value(of: key, in: $0) }.first }
        title = meta["og:title"] ?? meta["twitter:title"] ?? ld("headline") ?? documentTitle
        publisher = meta["og:site_name"] ?? ld("publisher") ?? meta["application-name"]
        author = meta["author"] ?? meta["article:author"].flatMap(Self.unlessAddress) ?? ld("author")
            ?? meta["byl"].map(Self.withoutBy)
        date = meta["article:published_time"] ?? ld("datePublished") ?? meta["date"] ?? meta["pubdate"]
            ?? meta["publishdate"] ?? meta["dc.date"] ?? meta["datepublished"] ?? time
        url = meta["canonical"] ?? meta["og:url"]
    }

    /// Copies the fields the article does not have yet.
    func apply(to article: inout Article) {
        article.title = article.title ?? title
        article.publisher = article.publisher ?? publisher
        article.author = article.author ?? author
        article.date = article.date ?? date
        article.url = article.url ?? url
    }

    private static func unlessAddress(_ value: String) -> String? {
        value.hasPrefix("http://") || value.hasPrefix("https://") ? nil : value
    }

    private static func withoutBy(_ value: String) -> String {
        value.lowercased().hasPrefix("by ") ? String(value.dropFirst(3)) : value
    }
}

private func nonEmpty(_ value: String) -> String? {
    let collapsed = Whitespace.collapse(value)
    return collapsed.isEmpty ? nil : collapsed
}
