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
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendString(value, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `[{"article":…,"sentence":…,"char_start":…,"char_end":…,"evidence":…},…]`.
    static func provenance(_ records: ArraySlice<Provenance>) -> String {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (index, record) in records.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: "{\"article\":".utf8)
            appendString(record.article, to: &out)
            out.append(contentsOf: ",\"sentence\":".utf8)
            out.append(contentsOf: String(record.sentence).utf8)
            out.append(contentsOf: ",\"char_start\":".utf8)
            out.append(contentsOf: String(record.start).utf8)
            out.append(contentsOf: ",\"char_end\":".utf8)
            out.append(contentsOf: String(record.end).utf8)
            out.append(contentsOf: ",\"evidence\":".utf8)
            appendString(record.evidence, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `[{"id":…,"source":…,"title":…,…},…]`; fields that are nil are left out.
    static func articles(_ articles: [Article]) -> String {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (index, article) in articles.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "{"))
            for (position, member) in members(of: article).enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                appendString(member.name, to: &out)
                out.append(UInt8(ascii: ":"))
                appendString(member.value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// The article's fields as written, in order.
    static func members(of article: Article) -> [(name: String, value: String)] {
        let optional: [(String, String?)] = [
            ("title", article.title), ("publisher", article.publisher), ("author", article.author),
            ("date", article.date), ("url", article.url), ("note", article.note),
        ]
        return [("id", article.id), ("source", article.source)]
            + optional.compactMap { name, value in
                value.map { (name, $0) }
            }
    }

    /// Appends `value` as a JSON string (RFC 8259 §7): reduced to XML 1.0
    /// characters first, like every other string in the file, then `"` and `\`
    /// escaped, tab, LF and CR as `\t \n \r`, other controls (none remain
    /// after the reduction) as `\u00XX`.
    static func appendString(_ value: String, to out: inout [UInt8]) {
        var reduced = XMLCharacters.reduced(value)
        out.append(UInt8(ascii: "\""))
        reduced.withUTF8 { utf8 in
            guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                return out.append(contentsOf: utf8)
            }
            for byte in utf8 { appendEscaped(byte, to: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [
                UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
            ])
        default: out.append(byte)
        }
    }
}
