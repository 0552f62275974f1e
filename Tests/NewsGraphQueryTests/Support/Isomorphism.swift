import NewsGraphFormats

/// Whether two RDF graphs are the same up to a renaming of blank nodes
/// (RDF 1.1 Concepts, 3.6 Graph Comparison).
///
/// Colours blank nodes by their surroundings (repeated refinement), then
/// searches a bijection among nodes of the same colour.
enum Isomorphism {
    static func isomorphic(_ left: [Triple], _ right: [Triple]) -> Bool {
        let a = Set(left)
        let b = Set(right)
        guard a.count == b.count else { return false }
        let groundA = a.filter { !$0.hasBlank }
        guard groundA == b.filter({ !$0.hasBlank }) else { return false }
        let blankA = Array(a.subtracting(groundA))
        let blankB = b.filter(\.hasBlank)
        let coloursA = colours(blankA)
        let coloursB = colours(Array(blankB))
        guard coloursA.values.sorted() == coloursB.values.sorted() else { return false }
        var candidates: [String: [String]] = [:]
        for (node, colour) in coloursA {
            candidates[node] = coloursB.filter { $0.value == colour }.map(\.key).sorted()
        }
        let order = coloursA.keys.sorted { (candidates[$0]?.count ?? 0, $0) < (candidates[$1]?.count ?? 0, $1) }
        var mapping: [String: String] = [:]
        var used: Set<String> = []
        var budget = 200_000
        return search(order[...], candidates, &mapping, &used, &budget) { _, found in
            Set(blankA.map { $0.renamed(with: found) }) == blankB
        }
    }

    private static func search(
        _ rest: ArraySlice<String>, _ candidates: [String: [String]], _ mapping: inout [String: String],
        _ used: inout Set<String>, _ budget: inout Int, check: ([Triple], [String: String]) -> Bool
    ) -> Bool {
        budget -= 1
        guard budget > 0 else { return false }
        guard let node = rest.first else { return check([], mapping) }
        for candidate in candidates[node] ?? [] where !used.contains(candidate) {
            mapping[node] = candidate
            used.insert(candidate)
            if search(rest.dropFirst(), candidates, &mapping, &used, &budget, check: check) { return true }
            used.remove(candidate)
            mapping[node] = nil
        }
        return false
    }

    /// A colour per blank node, refined four times from its neighbourhood.
    private static func colours(_ triples: [Triple]) -> [String: Int] {
        var colour: [String: Int] = [:]
        for triple in triples {
            for term in [triple.subject, triple.object] { if case .blank(let label) = term { colour[label] = 0 } }
        }
        for _ in 0..<4 {
            var signatures: [String: [Int]] = [:]
            for triple in triples {
                let s = key(triple.subject, colour)
                let o = key(triple.object, colour)
                let p = key(triple.predicate, colour)
                if case .blank(let label) = triple.subject { signatures[label, default: []].append(hash(1, p, o)) }
                if case .blank(let label) = triple.object { signatures[label, default: []].append(hash(2, s, p)) }
            }
            colour = signatures.mapValues { var h = Hasher(); h.combine($0.sorted()); return h.finalize() }
        }
        return colour
    }

    private static func key(_ term: RDFTerm, _ colour: [String: Int]) -> Int {
        if case .blank(let label) = term { return colour[label] ?? 0 }
        return term.hashValue
    }

    private static func hash(_ a: Int, _ b: Int, _ c: Int) -> Int {
        var h = Hasher()
        h.combine(a)
        h.combine(b)
        h.combine(c)
        return h.finalize()
    }
}

extension Triple {
    var hasBlank: Bool {
        if case .blank = subject { return true }
        if case .blank = object { return true }
        return false
    }

    func renamed(with mapping: [String: String]) -> Triple {
        func rename(_ term: RDFTerm) -> RDFTerm {
            if case .blank(let label) = term { return .blank(mapping[label] ?? label) }
            return term
        }
        return Triple(rename(subject), predicate, rename(object))
    }
}
