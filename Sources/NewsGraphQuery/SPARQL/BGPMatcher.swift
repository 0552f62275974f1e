import NewsGraphFormats

/// Matches a basic graph pattern against the store by index nested loops,
/// most selective pattern first.
final class BGPMatcher {
    /// A triple pattern over ids: a constant id (> 0) or a variable slot (as -1 - slot).
    private struct Compiled {
        var parts: [Int]
        func slot(_ position: Int) -> Int? { parts[position] < 0 ? -1 - parts[position] : nil }
    }

    private let space: TermSpace
    private let width: Int
    private var patterns: [Compiled] = []
    /// False when a constant is absent from the store: nothing can match.
    private var possible = true
    private var buffer: [UInt32] = []
    private var out: SolutionTable

    init(space: TermSpace, patterns: [TriplePattern], width: Int) {
        self.space = space
        self.width = width
        out = SolutionTable(width: width)
        for pattern in patterns {
            var parts: [Int] = []
            for part in [pattern.subject, pattern.predicate, pattern.object] {
                switch part {
                case .variable(let slot): parts.append(-1 - slot)
                case .term(let term):
                    guard let id = space.storeID(term) else {
                        possible = false
                        parts.append(0)
                        continue
                    }
                    parts.append(Int(id))
                }
            }
            self.patterns.append(Compiled(parts: parts))
        }
    }

    /// Join(seeds, eval(BGP)).
    func match(_ seeds: SolutionTable) -> SolutionTable {
        guard possible, seeds.count > 0 else { return out }
        let bound = seeds.count <= 64 ? seeds.alwaysBound : Set((0..<width).filter { seeds[0, $0] != 0 })
        patterns = order(patterns, bound: bound)
        for index in 0..<seeds.count {
            buffer = Array(seeds.row(index))
            extend(0)
        }
        return out
    }

    /// Greedy plan: repeatedly the pattern with the fewest estimated matches
    /// given the variables bound so far, preferring ones connected to them.
    private func order(_ patterns: [Compiled], bound: Set<Int>) -> [Compiled] {
        var remaining = patterns
        var bound = bound
        var planned: [Compiled] = []
        while !remaining.isEmpty {
            var best = 0
            var bestCost = Double.infinity
            for (index, pattern) in remaining.enumerated() {
                let cost = estimate(pattern, bound: bound)
                if cost < bestCost {
                    best = index
                    bestCost = cost
                }
            }
            let chosen = remaining.remove(at: best)
            for position in 0..<3 { if let slot = chosen.slot(position) { bound.insert(slot) } }
            planned.append(chosen)
        }
        return planned
    }

    private func estimate(_ pattern: Compiled, bound: Set<Int>) -> Double {
        var constants: [UInt32?] = [nil, nil, nil]
        var boundVariables = 0
        for position in 0..<3 {
            if let slot = pattern.slot(position) {
                if bound.contains(slot) { boundVariables += 1 }
            } else {
                constants[position] = UInt32(pattern.parts[position])
            }
        }
        let matches = Double(space.store.count(constants[0], constants[1], constants[2]))
        let connected = boundVariables > 0 || bound.isEmpty
        return matches / pow1000(boundVariables) + (connected ? 0 : 1e12)
    }

    private func pow1000(_ exponent: Int) -> Double {
        exponent == 0 ? 1 : (exponent == 1 ? 1000 : 1_000_000)
    }

    /// Matches pattern `depth` under the bindings in `buffer`, recursing to the next.
    private func extend(_ depth: Int) {
        guard depth < patterns.count else {
            out.append(buffer)
            return
        }
        let pattern = patterns[depth]
        var fixed: [UInt32?] = [nil, nil, nil]
        var free: [Int] = []
        for position in 0..<3 {
            if let slot = pattern.slot(position) {
                let value = buffer[slot]
                if value != 0 { fixed[position] = value } else { free.append(position) }
            } else {
                fixed[position] = UInt32(pattern.parts[position])
            }
        }
        space.store.match(fixed[0], fixed[1], fixed[2]) { s, p, o in
            let values = (s, p, o)
            var assigned: [Int] = []
            var consistent = true
            for position in free {
                let slot = pattern.slot(position) ?? 0
                let value = position == 0 ? values.0 : (position == 1 ? values.1 : values.2)
                if buffer[slot] == 0 {
                    buffer[slot] = value
                    assigned.append(slot)
                } else if buffer[slot] != value {
                    consistent = false
                }
            }
            if consistent { extend(depth + 1) }
            for slot in assigned { buffer[slot] = 0 }
        }
    }
}
