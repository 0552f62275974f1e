/// What the chrome rules need to know about one collapsed line, read from a
/// bounded prefix so that it costs O(1) per line beyond the word count.
struct LineShape {
    /// How many leading scalars are looked at.
    static let prefixLength = 400

    /// The line as given (already whitespace-collapsed).
    let line: String
    /// The first ``prefixLength`` scalars, ASCII letters lower-cased.
    let head: String
    /// The number of space-separated words, counted up to 101.
    let words: Int
    /// Whether the line ends like a sentence: `.`, `!`, `?`, `…` or a closing quote or bracket.
    let isSentence: Bool

    /// The UTF-8 bytes of ``head``, for substring search.
    let headBytes: [UInt8]

    init(_ line: String) {
        self.line = line
        var copy = line
        let (words, headBytes) = copy.withUTF8 { Self.measure($0) }
        self.words = words
        self.headBytes = headBytes
        self.head = String(decoding: headBytes, as: UTF8.self)
        self.isSentence = line.unicodeScalars.last.map(Self.closesSentence) ?? false
    }

    /// The word count (up to 101) and the first ``prefixLength`` scalars as
    /// bytes, ASCII letters lower-cased (the patterns matched against the head
    /// are ASCII, and `©`).
    private static func measure(_ b: UnsafeBufferPointer<UInt8>) -> (Int, [UInt8]) {
        var words = b.isEmpty ? 0 : 1
        var scalars = 0
        var prefixEnd = b.count
        for i in b.indices {
            let byte = b[i]
            if byte & 0xC0 != 0x80 {
                if scalars == prefixLength, prefixEnd == b.count { prefixEnd = i }
                scalars += 1
            }
            if byte == 0x20 {
                words += 1
                if words > 100, prefixEnd < b.count { break }
            }
        }
        let head = b[..<prefixEnd].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return (min(words, 101), head)
    }

    static func closesSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "…", "\"", "\u{201D}", "\u{2019}", "'", ")", "»": true
        default: false
        }
    }

    /// The lower-cased line without trailing punctuation and spaces, for whole-line matches.
    var key: String {
        var scalars = Substring(head).unicodeScalars
        while let last = scalars.last, last == " " || Self.isPunctuation(last) || last == ">" || last == "|" {
            scalars.removeLast()
        }
        return String(scalars)
    }

    /// Whether the lower-cased prefix contains `phrase` (lower case), compared as UTF-8 bytes.
    func contains(_ phrase: String) -> Bool {
        var phrase = phrase
        return phrase.withUTF8 { needle in
            headBytes.withUnsafeBufferPointer { hay in
                guard let first = needle.first, needle.count <= hay.count else { return needle.isEmpty }
                var i = 0
                let last = hay.count - needle.count
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// Whether the line opens with `phrase` (lower case) as whole words.
    func opens(_ phrase: String) -> Bool {
        guard head.hasPrefix(phrase) else { return false }
        let rest = head.unicodeScalars.dropFirst(phrase.unicodeScalars.count)
        guard let next = rest.first else { return true }
        return !isWordScalar(next)
    }

    /// Whether `phrase` at the line start is followed by `:`, `|`, `»`, `›`,
    /// `>`, a dash or the end of the line.
    func isFollowedByMarker(_ phrase: String) -> Bool {
        let rest = head.unicodeScalars.dropFirst(phrase.unicodeScalars.count).drop { $0 == " " }
        guard let next = rest.first else { return true }
        return [":", "|", "»", "›", ">", "-", "–", "—"].contains(next)
    }

    /// The share of words after `opening` that start with a capital letter
    /// or are name connectors (`and`, `de`, `bin`) or separators.
    func capitalizedShare(after opening: String) -> Double {
        let words = line.unicodeScalars.dropFirst(opening.unicodeScalars.count).split(separator: " ").prefix(12)
        var named = 0, counted = 0
        for word in words {
            guard let first = word.first(where: { !Self.isPunctuation($0) }) else { continue }
            if first.properties.numericType != nil { continue }  // dates and times are neutral
            counted += 1
            let text = String(String.UnicodeScalarView(word)).lowercased()
            if first.properties.isUppercase || Self.nameConnectors.contains(text) { named += 1 }
        }
        return counted == 0 ? 0 : Double(named) / Double(counted)
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol:
            true
        default: false
        }
    }

    static let nameConnectors: Set<String> = [
        "and", "&", "de", "van", "von", "der", "al", "el", "bin", "la", "le", "da", "di", "in", "on", "at", "|",
    ]

    /// Whether the prefix holds an e-mail address (`name@host.tld`).
    var hasEmailAddress: Bool {
        guard headBytes.contains(UInt8(ascii: "@")) else { return false }
        for word in head.split(separator: " ") {
            guard let at = word.firstIndex(of: "@"), at != word.startIndex else { continue }
            let host = word[word.index(after: at)...]
            if let dot = host.firstIndex(of: "."), dot != host.startIndex, host.index(after: dot) < host.endIndex,
                host[host.index(after: dot)].isLetter
            {
                return true
            }
        }
        return false
    }

    /// Segments of a breadcrumb trail: separators must stand between spaces.
    var crumbs: (segments: Int, longestSegment: Int, arrow: Bool) {
        let words = head.split(separator: " ")
        var segments = 1, current = 0, longest = 0, arrow = false
        for word in words {
            if word.unicodeScalars.count == 1, let scalar = word.unicodeScalars.first,
                ChromePatterns.crumbSeparators.contains(scalar)
            {
                if current == 0 { return (0, 0, false) }
                segments += 1
                longest = max(longest, current)
                current = 0
                arrow = arrow || scalar == ">" || scalar == "»" || scalar == "›" || scalar == "→"
            } else {
                current += 1
            }
        }
        if current == 0 { return (0, 0, false) }
        return (segments, max(longest, current), arrow)
    }
}

extension Substring {
    /// The substring without one trailing `suffix` character.
    func trimmingSuffix(_ suffix: Character) -> Substring { last == suffix ? dropLast() : self }
}
