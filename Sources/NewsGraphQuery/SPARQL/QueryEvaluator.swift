import NewsGraphFormats

/// Runs a ``Query``: pattern, grouping, HAVING, SELECT expressions, ORDER BY,
/// projection, DISTINCT, OFFSET and LIMIT, in the order of SPARQL 1.1, 18.2.4.
struct QueryEvaluator {
    let query: Query
    let space: TermSpace
    let patterns: PatternEvaluator

    init(query: Query, store: TripleStore) {
        self.query = query
        space = TermSpace(store)
        patterns = PatternEvaluator(space: space, width: query.variables.count)
    }

    func run() -> QueryResult {
        var rows = patterns.evaluate(query.pattern, seeds: patterns.unit)
        if query.isGrouped { rows = Grouping(query: query, evaluator: patterns).group(rows) }
        let expressions = patterns.expressions
        for condition in query.having {
            rows = rows.selecting((0..<rows.count).filter { expressions.keeps(condition, rows.row($0)) })
        }
        for (expression, slot) in query.selectExpressions { rows = patterns.extend(rows, slot, expression) }
        guard case .select(let names, let slots) = query.form else {
            return .boolean(query.offset == 0 && rows.count > 0 && query.limit != 0)
        }
        var order = Array(0..<rows.count)
        if !query.orderBy.isEmpty { order = sorted(rows) }
        var projected: [[UInt32]] = order.map { index in slots.map { rows[index, $0] } }
        if query.distinct {
            var seen: Set<[UInt32]> = []
            projected = projected.filter { seen.insert($0).inserted }
        }
        let sliced = projected.dropFirst(query.offset).prefix(query.limit ?? Int.max)
        let terms = sliced.map { row in row.map { $0 == 0 ? nil : space.term($0) } }
        return .table(ResultTable(columns: names, rows: terms))
    }

    /// Row indices in ORDER BY order; ties keep their order.
    private func sorted(_ rows: SolutionTable) -> [Int] {
        let expressions = patterns.expressions
        let keys: [[RDFTerm?]] = (0..<rows.count).map { index in
            query.orderBy.map { expressions.evaluate($0.0, rows.row(index)) }
        }
        let directions = query.orderBy.map(\.ascending)
        return (0..<rows.count).sorted { a, b in
            for (position, ascending) in directions.enumerated() {
                let order = TermOrder.compare(keys[a][position], keys[b][position])
                if order != 0 { return ascending ? order < 0 : order > 0 }
            }
            return a < b
        }
    }
}
