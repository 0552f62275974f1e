/// Splits text into ``Token``s with scalar ranges.
///
///     Tokenizer().tokens(of: Array("Germany's F-16s, U.S.-made.".unicodeScalars)).map(\.text)
///     // ["Germany", "'s", "F-16s", ",", "U.S.", "-", "made", "."]
public struct Tokenizer: Sendable {
    public init() {}

    public func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        // Whether a single quotation mark opened in this paragraph is still open.
        var singleQuoteOpen = false
        while i < n {
            let c = scalars[i]
            if Whitespace.isSpace(c) {
                if c == "\n" { singleQuoteOpen = false }
                i += 1
                continue
            }
            let start = i
            let kind: Token.Kind
            if isApostrophe(c), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                i + 2 >= n || !isWordScalar(scalars[i + 2]), start > 0, isWordScalar(scalars[start - 1])
            {
                i += 2
                kind = .possessive
            } else if isApostrophe(c), !singleQuoteOpen, isPluralPossessive(scalars, at: i) {
                i += 1
                kind = .possessive
            } else if isWordScalar(c) {
                i = endOfWord(scalars, from: i)
                kind = scalars[start..<i].allSatisfy { isDigit($0) || $0 == "," || $0 == "." } ? .number : .word
            } else if c == "'", i + 1 < n, scalars[i + 1] == "'" {
                // `''Bongbong''`: two apostrophes written for a double quotation mark are one mark.
                i += 2
                kind = .quote
            } else if isQuote(c) {
                if c == "'" || c == "\u{2018}", i + 1 < n, isWordScalar(scalars[i + 1]), start == 0 || !isWordScalar(scalars[start - 1]) {
                    singleQuoteOpen = true
                } else if isApostrophe(c) {
                    singleQuoteOpen = false
                }
                i += 1
                kind = .quote
            } else {
                i += 1
                kind = .punctuation
            }
            tokens.append(Token(kind: kind, range: start..<i, text: ScalarText.string(scalars[start..<i])))
        }
        return tokens
    }

    /// The end of the word starting at `start`: letters and digits, joined by
    /// single inner hyphens, apostrophes (not a possessive `'s`) or the
    /// periods of initialisms and decimals.
    private func endOfWord(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let n = s.count
        var i = start
        while i < n {
            if isWordScalar(s[i]) {
                i += 1
                continue
            }
            guard i + 1 < n, isWordScalar(s[i + 1]) else { break }
            let joiner = s[i]
            if joiner == "-" || joiner == "\u{2011}" {
                i += 1
            } else if isApostrophe(joiner), !isPossessive(s, at: i) {
                i += 1
            } else if joiner == "." || joiner == ",", isDigit(s[i - 1]), isDigit(s[i + 1]) {
                i += 1
            } else if joiner == ".", isInitialism(s, start: start, dot: i) || isDomain(s, start: start, dot: i) {
                i += 1
            } else {
                break
            }
        }
        // An initialism keeps its final period: "U.S.", "e.g." (but not "US." ending a sentence).
        if i < n, s[i] == ".", i - start >= 3, s[i - 2] == ".", s[i - 1].properties.isUppercase || s[i - 1].properties.isLowercase {
            i += 1
        }
        return i
    }

    /// "Nonyny.LIVE", "PanARMENIAN.Net", "Report.az": a name of two or more letters and a web domain's last
    /// part, two to four letters of one case (or a capital and lower case ones), then no more letters.
    /// A sentence run on without a space ("Buenos Aires.Updated on") is not one.
    private func isDomain(_ s: [Unicode.Scalar], start: Int, dot: Int) -> Bool {
        guard dot - start >= 2, s[start..<dot].allSatisfy({ $0.properties.isAlphabetic }) else { return false }
        var end = dot + 1
        while end < s.count, s[end].properties.isAlphabetic { end += 1 }
        guard (2...4).contains(end - dot - 1), end == s.count || !isWordScalar(s[end]) else { return false }
        let part = s[(dot + 1)..<end]
        let lower = part.allSatisfy { $0.properties.isLowercase }
        let upper = part.allSatisfy { $0.properties.isUppercase }
        let known = Self.domainEndings.contains(String(String.UnicodeScalarView(part)))
        return lower || (upper && end - dot - 1 >= 3) || known
    }

    /// Capitalized last parts of web names that outlets write in their names.
    static let domainEndings: Set<String> = ["Net", "Com", "Org", "Info", "Az", "Ru", "Ua", "Am", "Ge", "Kz"]

    /// "U.S", "U.N", "e.g", "p.m": single letters of one case separated by periods.
    private func isInitialism(_ s: [Unicode.Scalar], start: Int, dot: Int) -> Bool {
        let before = dot - 1
        let single = before == start || (before - 1 >= start && s[before - 1] == ".")
        let sameCase = (s[before].properties.isUppercase && s[dot + 1].properties.isUppercase)
            || (s[before].properties.isLowercase && s[dot + 1].properties.isLowercase)
        return single && sameCase && (dot + 2 >= s.count || !isWordScalar(s[dot + 2]) || s[dot + 2] == ".")
    }

    /// `the Estonian Defense Forces' arsenal`: an apostrophe after a word ending in `s`, then a space and a word.
    private func isPluralPossessive(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        i >= 2 && (s[i - 1] == "s" || s[i - 1] == "S") && isWordScalar(s[i - 2]) && i + 2 < s.count && s[i + 1] == " " && isWordScalar(s[i + 2])
    }

    private func isPossessive(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        (s[i + 1] == "s" || s[i + 1] == "S") && (i + 2 >= s.count || !isWordScalar(s[i + 2]))
    }
}

@inline(__always) func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

@inline(__always) func isWordScalar(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII {
        let v = c.value
        return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
    }
    return c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
}

@inline(__always) func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }

func isQuote(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "'", "\u{2018}", "\u{2019}": true
    default: false
    }
}
