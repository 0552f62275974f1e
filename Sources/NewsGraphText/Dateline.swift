/// The dateline that opens a wire story: a place in capitals, maybe a date
/// or region and an agency, then a dash.
///
///     Dateline.strip("BERLIN, Oct 9 - Germany has delivered ...")   // "Germany has delivered ..."
///     Dateline.strip("KYIV, Ukraine (AP) — Russia fired ...")       // "Russia fired ..."
///     Dateline.strip("NATO said on Monday - not a dateline")       // unchanged
enum Dateline {
    /// The longest dateline looked for, in scalars.
    static let maxLength = 80

    /// The line without its dateline, or the line unchanged.
    static func strip(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars.prefix(maxLength + 2))
        guard let end = end(of: scalars), end < line.unicodeScalars.count else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(end)))
    }

    /// The offset just after the dash and its space, if the scalars open with a dateline.
    static func end(of s: [Unicode.Scalar]) -> Int? {
        var i = place(s)
        guard i > 0 else { return nil }
        if i < s.count, s[i] == "," {
            i = skipDetails(s, from: i + 1)
        }
        i = skip(s, " ", from: i)
        if i < s.count, s[i] == "(" {
            guard let close = s[i...].firstIndex(of: ")"), close - i <= 30 else { return nil }
            i = skip(s, " ", from: close + 1)
        }
        guard i < s.count, isDash(s[i]), i + 1 < s.count else { return nil }
        var after = i + 1
        if s[i] == "-", after < s.count, s[after] == "-" { after += 1 }
        guard after < s.count, s[after] == " " || s[i] != "-" else { return nil }
        after = skip(s, " ", from: after)
        guard after <= maxLength, after < s.count, startsText(s[after]) else { return nil }
        return after
    }

    /// The end of one to four words in capitals (`GAZA CITY`, `ST. LOUIS`); 0 if none.
    static func place(_ s: [Unicode.Scalar]) -> Int {
        var i = 0, words = 0, letters = 0
        while i < s.count, words < 4 {
            var j = i
            while j < s.count, s[j].properties.isUppercase || s[j] == "." || s[j] == "'" || s[j] == "-" || s[j] == "\u{2019}" {
                if s[j].properties.isUppercase { letters += 1 }
                j += 1
            }
            guard j > i, j == s.count || !s[j].properties.isLowercase else { break }
            words += 1
            i = j
            guard i < s.count, s[i] == " ", i + 1 < s.count, s[i + 1].properties.isUppercase else { break }
            if i + 2 < s.count, !s[i + 2].properties.isUppercase, s[i + 2] != "." { break }
            i += 1
        }
        return letters >= 2 ? i : 0
    }

    /// Skips a short date or region after the comma: up to five words, no dash, no sentence end.
    static func skipDetails(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start, words = 0
        while i < s.count, !isDash(s[i]), s[i] != "(" {
            if s[i] == " ", i + 1 < s.count, !isDash(s[i + 1]), s[i + 1] != "(" { words += 1 }
            if words > 5 || s[i] == "!" || s[i] == "?" { return start }
            i += 1
        }
        return i
    }

    /// Text after a dateline starts with a capital, a digit or a quote, never a lower-case word.
    static func startsText(_ c: Unicode.Scalar) -> Bool {
        c.properties.isUppercase || isDigit(c) || isQuote(c)
    }

    static func skip(_ s: [Unicode.Scalar], _ scalar: Unicode.Scalar, from start: Int) -> Int {
        var i = start
        while i < s.count, s[i] == scalar { i += 1 }
        return i
    }

    static func isDash(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2013}" || c == "\u{2014}" }
}
