/// What the chrome rules need to know about one collapsed line, read from a
/// bounded prefix so that it costs O(1) per line beyond the word count.
struct LineShape {
    /// How many leading scalars are looked at.
    static let prefixLength = 400

    /// The line as given (already whitespace-collapsed).
    let line: String
    /// The lower-cased first ``prefixLength`` scalars.
    let head: String
    /// The number of space-separated words, counted up to 101.
    let words: Int
    /// Whether the line ends like a sentence: `.`, `!`, `?`, `…` or a closing quote or bracket.
    let isSentence: Bool

    init(_ line: String) {
        self.line = line
        var prefix = String.UnicodeScalarView()
        var words = line.isEmpty ? 0 : 1
        for scalar in line.unicodeScalars {
            if prefix.count < Self.prefixLength { prefix.append(scalar) }
            if scalar == " " {
                words += 1
                if words > 100 { break }
            }
        }
        self.head = String(prefix).lowercased()
        self.words = words
        self.isSentence = line.unicodeScalars.last.map(Self.closesSentence) ?? false
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

    static let nameConnectors: Set<String> = ["and", "&", "de", "van", "von", "der", "al", "el", "bin", "la", "le", "da", "di", "in"]

    /// Whether the prefix holds an e-mail address (`name@host.tld`).
    var hasEmailAddress: Bool {
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
