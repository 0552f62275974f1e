import NewsGraphCore

/// Values of GraphML `<data>` back into the model: tiny pure functions.
enum GraphMLDecode {
    /// An `int` or `long` value; also an integral `double` such as `12.0`
    /// (igraph writes numbers as doubles). Surrounding whitespace is allowed.
    static func integer(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace()
        if let value = Int(trimmed) { return value }
        guard let double = Double(trimmed), double.rounded() == double, abs(double) < 9e15 else { return nil }
        return Int(double)
    }

    /// The aliases: a JSON list of strings as newsgraph writes it; any other
    /// text (from other tools) is one alias.
    static func aliases(_ text: String) -> [String] {
        if let values = GraphMLJSONValue.parse(text)?.array {
            let strings = values.compactMap(\.string)
            if strings.count == values.count { return strings }
        }
        return text.isEmpty ? [] : [text]
    }

    /// A JSON list of provenance objects, each naming its article; nil when it is not one.
    static func provenance(_ text: String) -> [Provenance]? {
        guard let values = GraphMLJSONValue.parse(text)?.array else { return nil }
        var records: [Provenance] = []
        for value in values {
            guard let article = value["article"]?.string, !article.isEmpty, let sentence = value["sentence"]?.integer,
                let start = value["char_start"]?.integer, let end = value["char_end"]?.integer,
                let evidence = value["evidence"]?.string
            else { return nil }
            records.append(Provenance(article: article, sentence: sentence, start: start, end: end, evidence: evidence))
        }
        return records
    }

    /// A JSON list of article objects; nil when it is not one.
    static func articles(_ text: String) -> [Article]? {
        guard let values = GraphMLJSONValue.parse(text)?.array else { return nil }
        var articles: [Article] = []
        for value in values {
            guard let id = value["id"]?.string, let source = value["source"]?.string else { return nil }
            articles.append(
                Article(
                    id: id, source: source, title: value["title"]?.string, publisher: value["publisher"]?.string,
                    author: value["author"]?.string, date: value["date"]?.string, url: value["url"]?.string,
                    note: value["note"]?.string))
        }
        return articles
    }

    /// The node type named `text`: its raw value (`WeaponSystem`) in any
    /// case, or its id prefix (`weapon`).
    static func nodeType(_ text: String) -> NodeType? {
        let trimmed = text.trimmingWhitespace().lowercased()
        return NodeType.allCases.first { $0.rawValue.lowercased() == trimmed || $0.idPrefix == trimmed }
    }
}

extension String {
    /// Without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
