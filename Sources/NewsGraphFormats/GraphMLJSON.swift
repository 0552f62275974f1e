import LibXML
import NewsGraphCore

/// The small JSON texts GraphML `<data>` carries where one value per key is
/// not enough: aliases, the provenance records after the first, and the
/// graph's articles. Compact, one fixed member order, deterministic.
///
///     GraphMLJSON.strings(["US", "Washington"])  // ["US","Washington"]
enum GraphMLJSON {
    /// A JSON array of strings.
    static func strings(_ values: [String]) -> String {
        var out = "["
        for (index, value) in values.enumerated() {
            if index > 0 { out += "," }
            appendString(value, to: &out)
        }
        return out + "]"
    }

    /// `[{"article":…,"sentence":…,"char_start":…,"char_end":…,"evidence":…},…]`.
    static func provenance(_ records: ArraySlice<Provenance>) -> String {
        var out = "["
        for (index, record) in records.enumerated() {
            if index > 0 { out += "," }
            out += "{\"article\":"
            appendString(record.article, to: &out)
            out += ",\"sentence\":\(record.sentence),\"char_start\":\(record.start),\"char_end\":\(record.end),\"evidence\":"
            appendString(record.evidence, to: &out)
            out += "}"
        }
        return out + "]"
    }

    /// `[{"id":…,"source":…,"title":…,…},…]`; fields that are nil are left out.
    static func articles(_ articles: [Article]) -> String {
        var out = "["
        for (index, article) in articles.enumerated() {
            if index > 0 { out += "," }
            out += "{"
            for (position, member) in members(of: article).enumerated() {
                if position > 0 { out += "," }
                appendString(member.name, to: &out)
                out += ":"
                appendString(member.value, to: &out)
            }
            out += "}"
        }
        return out + "]"
    }

    /// The article's fields as written, in order.
    static func members(of article: Article) -> [(name: String, value: String)] {
        let optional: [(String, String?)] = [
            ("title", article.title), ("publisher", article.publisher), ("author", article.author),
            ("date", article.date), ("url", article.url),
        ]
        return [("id", article.id), ("source", article.source)] + optional.compactMap { name, value in
            value.map { (name, $0) }
        }
    }

    /// Appends `value` as a JSON string (RFC 8259 §7): reduced to XML 1.0
    /// characters first, like every other string in the file, then `"` and `\`
    /// escaped, and the control characters left (tab, LF, CR) as `\t \n \r`.
    static func appendString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in XMLCharacters.reduced(value).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
