import NewsGraphCore

/// Finds nodes by name: label, alias or id, compared case-insensitively;
/// failing that, names that hold all the words asked for ("Kirby" finds
/// "John Kirby"); and suggests the closest name when nothing matches.
struct NameMatcher {
    private var byName: [String: [Int]] = [:]
    /// Each node's names as sets of lower-cased words, for partial names.
    private var wordSets: [(position: Int, words: Set<Substring>)] = []
    /// Every label and alias once, as written, for suggestions.
    private let names: [String]

    init(_ graph: Graph) {
        var seen: Set<String> = []
        var names: [String] = []
        for (position, node) in graph.nodes.enumerated() {
            for name in [node.label, node.id] + node.aliases {
                let key = Self.key(name)
                if byName[key]?.last != position { byName[key, default: []].append(position) }
            }
            for name in [node.label] + node.aliases {
                wordSets.append((position, Set(Self.key(name).split(separator: " "))))
            }
            for name in [node.label] + node.aliases where seen.insert(name).inserted { names.append(name) }
        }
        self.names = names
    }

    static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Positions of the nodes called `name`.
    ///
    /// - Throws: ``QuestionError`` `.unknownEntity` with the closest name.
    func nodes(named name: String) throws -> [Int] {
        let key = Self.key(name)
        if let found = byName[key] { return found }
        let words = Set(key.split(separator: " "))
        var partial: [Int] = []
        for (position, names) in wordSets where !words.isEmpty && words.isSubset(of: names) && partial.last != position {
            partial.append(position)
        }
        if !partial.isEmpty { return partial }
        throw QuestionError(.unknownEntity, name, suggestion: Self.closest(to: name, in: names))
    }

    /// The candidate with the smallest edit distance to `name`, if it is close
    /// (at most a third of the name's length, and at least 2 edits allowed).
    static func closest(to name: String, in candidates: [String]) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        let limit = max(2, target.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars), limit: limit)
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Damerau–Levenshtein (optimal string alignment) distance, cut off above `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
