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
        let parts = patterns[depth].parts
        let (s, sSlot) = resolve(parts[0])
        let (p, pSlot) = resolve(parts[1])
        let (o, oSlot) = resolve(parts[2])
        space.store.match(s, p, o) { subject, predicate, object in
            // Free slots are bound in order; a slot used twice must get the same value.
            if sSlot >= 0 { buffer[sSlot] = subject }
            if pSlot >= 0 {
                if pSlot == sSlot, buffer[pSlot] != predicate { return unbind(sSlot, pSlot, -1) }
                buffer[pSlot] = predicate
            }
            if oSlot >= 0 {
                if (oSlot == sSlot || oSlot == pSlot), buffer[oSlot] != object { return unbind(sSlot, pSlot, oSlot) }
                buffer[oSlot] = object
            }
            extend(depth + 1)
            unbind(sSlot, pSlot, oSlot)
        }
    }

    /// A pattern part under the current bindings: a fixed id (nil if free)
    /// and the slot to bind (-1 if fixed).
    @inline(__always) private func resolve(_ part: Int) -> (UInt32?, Int) {
        guard part < 0 else { return (UInt32(part), -1) }
        let slot = -1 - part
        let value = buffer[slot]
        return value != 0 ? (value, -1) : (nil, slot)
    }

    @inline(__always) private func unbind(_ a: Int, _ b: Int, _ c: Int) {
        if a >= 0 { buffer[a] = 0 }
        if b >= 0 { buffer[b] = 0 }
        if c >= 0 { buffer[c] = 0 }
    }
}
