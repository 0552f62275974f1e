import NewsGraphCore

/// Parses rows of the lexicon TSV format into entries and their surface forms.
///
/// A row: `canonical<TAB>type<TAB>kind<TAB>role<TAB>aliases<TAB>attributes`,
/// aliases `|`-separated, attributes `key=value;key=value`; `-` or empty for
/// no kind. Lines starting with `#` and blank lines are skipped.
struct LexiconRow {
    var entry: LexiconEntry
    /// The canonical name and every alias.
    var surfaces: [String]

    static func parse(tsv text: String, source: String) throws -> [LexiconRow] {
        var rows: [LexiconRow] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.isEmpty || line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            rows.append(try make(columns, source: source, line: number))
        }
        return rows
    }

    static func make(_ columns: [String], source: String, line: Int) throws -> LexiconRow {
        func column(_ i: Int) -> String { i < columns.count ? columns[i].trimmingSpaces : "" }
        let canonical = column(0)
        guard !canonical.isEmpty else { throw LexiconError(source: source, line: line, message: "the canonical name is empty") }
        guard let type = NodeType(rawValue: column(1)), type != .statement else {
            throw LexiconError(source: source, line: line, message: "unknown type '\(column(1))'")
        }
        guard let role = LexiconEntry.Role(rawValue: column(3).isEmpty ? "name" : column(3)) else {
            throw LexiconError(source: source, line: line, message: "unknown role '\(column(3))'")
        }
        let kind = column(2)
        let attributes = try parseAttributes(column(5), source: source, line: line)
        let entry = LexiconEntry(
            canonical: canonical, type: type, kind: kind.isEmpty || kind == "-" ? nil : kind, role: role,
            attributes: attributes)
        var surfaces = role == .name || role == .generic || role == .title || role == .head ? [canonical] : []
        surfaces += column(4).split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        return LexiconRow(entry: entry, surfaces: surfaces)
    }

    static func parseAttributes(_ text: String, source: String, line: Int) throws -> [Attribute] {
        try text.split(separator: ";").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard parts.count == 2, !parts[0].isEmpty else {
                throw LexiconError(source: source, line: line, message: "attribute '\(pair)' is not key=value")
            }
            guard parts[0].unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "_") }) else {
                throw LexiconError(source: source, line: line, message: "attribute key '\(parts[0])' may hold only letters and _")
            }
            return Attribute(key: parts[0], value: parts[1])
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\r" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\r" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
