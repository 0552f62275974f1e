import NewsGraphText

/// Tests on the shape of words: designators, name words, stop words.
enum NameShape {
    /// Letter prefixes of weapon designators (`F-16`, `Su-35`, `MQ-9`, `Kh-101`).
    static let designatorPrefixes: Set<String> = [
        "f", "su", "mig", "j", "s", "k", "mq", "rq", "ah", "uh", "ch", "kc", "c", "b", "a", "p", "e", "tu", "ka", "mi",
        "t", "bmp", "btr", "m", "kh", "df", "hq", "yj", "kn", "hy", "fa", "kf", "jf", "aim", "agm", "bgm", "rim", "mim",
        "fim", "gbu", "h", "il", "an", "y", "kj", "ztz", "zbd", "pl", "sm", "tb", "v", "x", "xq", "wz", "bm", "tos", "mlrs",
    ]

    /// Lower-case words inside personal names.
    static let particles: Set<String> = ["van", "von", "de", "der", "den", "bin", "ibn", "al", "da", "di", "du", "le", "la", "el", "dos", "das", "ben"]

    /// Months, weekdays and other capitalized words that are not names.
    static let notNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "a", "an", "in",
        "on", "at", "of", "for", "and", "but", "or", "as", "it", "its", "he", "she", "they", "we", "i", "you", "this",
        "that", "these", "those", "there", "his", "her", "their", "our", "my", "after", "before", "while", "when", "if",
        "under", "according", "since", "with", "without", "from", "to", "by", "hours", "meanwhile", "however", "also",
        "some", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "each", "all", "more",
        "most", "many", "several", "earlier", "later", "last", "next", "first", "one", "no", "not", "yes", "what",
        "who", "why", "how", "where", "which", "during", "despite", "although", "though", "about", "over", "among",
        "between", "report", "reports", "officials", "read", "mr", "mrs", "ms", "dr", "sir", "new", "old", "former",
        "every", "any", "other", "such", "so", "then", "now", "still", "even", "only", "just", "than", "because",
        "christmas", "easter", "ramadan", "covid", "internet", "god", "english", "hindi", "urdu", "arabic", "mandarin",
        "cantonese", "latin", "hebrew", "farsi", "swahili", "bengali", "punjabi", "tamil",
        // Verbs of headlines in title case (`Japan's PM Says Tokyo Will Buy …`).
        "says", "said", "warns", "vows", "urges", "claims", "tells",
    ]

    /// `F-16`, `S-400`, `K2`, `MQ-9B`, `Su-35S`: letters, an optional hyphen, digits, optional letters.
    static func isDesignator(_ text: String) -> Bool {
        // Cheap test first: an ASCII capital, then a digit somewhere.
        guard let first = text.utf8.first, first >= 0x41, first <= 0x5A, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i].properties.isAlphabetic, scalars[i].isASCII { i += 1 }
        guard i >= 1, i <= 4, i < scalars.count else { return false }
        let prefix = String(String.UnicodeScalarView(scalars[0..<i])).lowercased()
        guard designatorPrefixes.contains(prefix), scalars[0].properties.isUppercase else { return false }
        if scalars[i] == "-" || scalars[i] == "/" { i += 1 }
        let digitsStart = i
        while i < scalars.count, isASCIIDigit(scalars[i]) { i += 1 }
        guard i > digitsStart else { return false }
        while i < scalars.count, scalars[i].properties.isAlphabetic, scalars[i].isASCII { i += 1 }
        return i == scalars.count
    }

    /// Whether a token can be part of a proper name: a capitalized word that is not a stop word.
    static func isNameWord(_ token: Token, folded: String) -> Bool {
        token.kind == .word && token.isCapitalized && !notNames.contains(folded)
    }

    /// Marks of a retired officer in parentheses after a rank.
    static let retiredMarks: Set<String> = ["rtd", "retd", "ret", "retired"]

    /// The token after a retired officer's mark at `i` (`Major General (Rtd) Bashir Magashi`), or `i`.
    static func skippingRetiredMark(_ tokens: [Token], _ folded: [String], at i: Int) -> Int {
        i + 2 < tokens.count && tokens[i].text == "(" && tokens[i + 2].text == ")" && retiredMarks.contains(folded[i + 1]) ? i + 3 : i
    }

    /// `al-Burhan`, `el-Sisi`: a lower-case particle joined by a hyphen to a capitalized name.
    static func isPrefixedName(_ text: String) -> Bool {
        guard let dash = text.firstIndex(of: "-"), particles.contains(String(text[..<dash])) else { return false }
        return text[text.index(after: dash)...].first?.isUppercase == true
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
}
