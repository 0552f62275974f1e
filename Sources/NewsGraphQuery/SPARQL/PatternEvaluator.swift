import NewsGraphFormats

/// Evaluates graph patterns bottom-up into solution tables (SPARQL 1.1, 18.5).
///
/// `evaluate(_:seeds:)` returns Join(seeds, eval(pattern)). Basic graph
/// patterns, joins, unions and VALUES take the seeds in (index nested loops);
/// other patterns are evaluated alone and hash-joined with the seeds, which
/// keeps FILTER, OPTIONAL, MINUS and BIND scoping exact.
final class PatternEvaluator {
    let space: TermSpace
    let width: Int
    private(set) lazy var expressions = ExpressionEvaluator(space: space, regexes: RegexCache()) { [unowned self] pattern, row in
        var seed = SolutionTable(width: self.width)
        seed.append(row)
        return !self.evaluate(pattern, seeds: seed).isEmpty
    }

    init(space: TermSpace, width: Int) {
        self.space = space
        self.width = max(width, 1)
    }

    var unit: SolutionTable { .unit(width: width) }

    func evaluate(_ pattern: GraphPattern, seeds: SolutionTable) -> SolutionTable {
        switch pattern {
        case .unit:
            return seeds
        case .bgp(let patterns):
            return BGPMatcher(space: space, patterns: patterns, width: width).match(seeds)
        case .join(let left, let right):
            return evaluate(right, seeds: evaluate(left, seeds: seeds))
        case .union(let left, let right):
            var out = evaluate(left, seeds: seeds)
            out.append(contentsOf: evaluate(right, seeds: seeds))
            return out
        case .values(let slots, let rows):
            return SolutionJoin.join(seeds, valuesTable(slots, rows))
        default:
            let alone = evaluateAlone(pattern)
            return seeds.isUnit ? alone : SolutionJoin.join(seeds, alone)
        }
    }

    /// Patterns whose scope must not see the seeds.
    private func evaluateAlone(_ pattern: GraphPattern) -> SolutionTable {
        switch pattern {
        case .filter(let condition, let inner):
            let rows = evaluate(inner, seeds: unit)
            return rows.selecting((0..<rows.count).filter { expressions.keeps(condition, rows.row($0)) })
        case .leftJoin(let left, let right, let condition):
            let rows = evaluate(left, seeds: unit)
            return SolutionJoin.leftJoin(rows, evaluate(right, seeds: unit)) { merged in
                condition.map { self.expressions.keeps($0, merged) } ?? true
            }
        case .minus(let left, let right):
            return SolutionJoin.minus(evaluate(left, seeds: unit), evaluate(right, seeds: unit))
        case .extend(let inner, let slot, let expression):
            return extend(evaluate(inner, seeds: unit), slot, expression)
        default:
            return evaluate(pattern, seeds: unit)
        }
    }

    /// Binds `slot` to the value of `expression` in each row (left unbound on error).
    func extend(_ rows: SolutionTable, _ slot: Int, _ expression: Expression) -> SolutionTable {
        var out = SolutionTable(width: width)
        var buffer = [UInt32](repeating: 0, count: width)
        for index in 0..<rows.count {
            let row = rows.row(index)
            buffer.replaceSubrange(0..<width, with: row)
            if buffer[slot] == 0, let value = expressions.evaluate(expression, row) {
                buffer[slot] = space.id(value)
            }
            out.append(buffer)
        }
        return out
    }

    private func valuesTable(_ slots: [Int], _ rows: [[RDFTerm?]]) -> SolutionTable {
        var table = SolutionTable(width: width)
        for row in rows {
            var buffer = [UInt32](repeating: 0, count: width)
            for (slot, value) in zip(slots, row) { buffer[slot] = value.map(space.id) ?? 0 }
            table.append(buffer)
        }
        return table
    }
}
