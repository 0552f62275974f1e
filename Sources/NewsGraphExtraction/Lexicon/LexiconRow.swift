import NewsGraphCore
import NewsGraphText

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
        // A CR LF pair is one Character, so such text keeps the Character-based reading.
        if text.utf8.contains(13) { return try parseCharacters(tsv: text, source: source) }
        var rows: [LexiconRow] = []
        var number = 0
        // Tab and line feed are controls: grapheme boundaries on both sides, so splitting bytes splits Characters.
        for line in Array(text.utf8).split(separator: 10, omittingEmptySubsequences: false) {
            number += 1
            if line.isEmpty || startsWithHash(line) || isBlank(line) { continue }
            let columns = line.split(separator: 9, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            rows.append(try make(columns, source: source, line: number))
        }
        return rows
    }

    /// Whether a line starts with the Character `#` (a combining mark after it makes another Character).
    private static func startsWithHash(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.first == UInt8(ascii: "#") else { return false }
        return line.count == 1 || line[line.startIndex + 1] < 0x80 || String(decoding: line, as: UTF8.self).hasPrefix("#")
    }

    /// Whether every Character of a line is whitespace; bytes decide unless the line holds non-ASCII.
    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        var ascii = true
        for byte in line {
            if byte >= 0x80 {
                ascii = false
            } else if byte != 0x20 && !(0x09...0x0D).contains(byte) {
                return false
            }
        }
        return ascii || String(decoding: line, as: UTF8.self).allSatisfy(\.isWhitespace)
    }

    /// The reading of text holding CR: line by Character, so a CR LF pair is no line break.
    static func parseCharacters(tsv text: String, source: String) throws -> [LexiconRow] {
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
        surfaces += parts(of: column(4), separator: "|").map(\.trimmingSpaces).filter { !$0.isEmpty }
        if let long = surfaces.first(where: isTooLong) {
            throw LexiconError(
                source: source, line: line,
                message: "the name '\(long.prefix(40))…' has more than \(Lexicon.maximumSurfaceWords) words, the most a name or alias may have")
        }
        return LexiconRow(entry: entry, surfaces: surfaces)
    }

    /// Whether a surface form has more than ``Lexicon/maximumSurfaceWords`` tokens
    /// (a token is at least one byte, so a short one is never tokenized).
    private static func isTooLong(_ surface: String) -> Bool {
        surface.utf8.count > Lexicon.maximumSurfaceWords
            && Tokenizer().tokens(of: Array(surface.unicodeScalars)).count > Lexicon.maximumSurfaceWords
    }

    static func parseAttributes(_ text: String, source: String, line: Int) throws -> [Attribute] {
        try Self.parts(of: text, separator: ";").compactMap { pair in
            let parts = Self.parts(of: pair, separator: "=", maxSplits: 1).map(\.trimmingSpaces)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw LexiconError(source: source, line: line, message: "attribute '\(pair)' is not key=value")
            }
            guard parts[0].utf8.allSatisfy(isKeyByte) else {
                throw LexiconError(source: source, line: line, message: "attribute key '\(parts[0])' may hold only letters and _")
            }
            return Attribute(key: parts[0], value: parts[1])
        }
    }

    /// An ASCII letter or `_` (a byte of a multi-byte scalar is neither, as non-ASCII keys are refused).
    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_")
    }

    /// `text.split(separator:maxSplits:)` as Strings; on bytes when the text is ASCII without CR (then each byte is a Character).
    static func parts(of text: String, separator: Character, maxSplits: Int = .max) -> [String] {
        let bytes = Array(text.utf8)
        if let byte = separator.asciiValue, bytes.allSatisfy({ $0 < 0x80 && $0 != 13 }) {
            return bytes.split(separator: byte, maxSplits: maxSplits).map { String(decoding: $0, as: UTF8.self) }
        }
        return text.split(separator: separator, maxSplits: maxSplits).map(String.init)
    }
}

extension String {
    /// The text without leading and trailing spaces and CRs.
    var trimmingSpaces: String {
        // A first or last byte other than space or CR can't start or end such a Character.
        if let first = utf8.first, let last = utf8.last, first != 0x20, first != 0x0D, last != 0x20, last != 0x0D { return self }
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\r" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\r" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
