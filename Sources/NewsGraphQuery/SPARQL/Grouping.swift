import NewsGraphFormats

/// GROUP BY and aggregates (SPARQL 1.1, 18.5 Group and Aggregation): one
/// row per group, binding the group keys and each aggregate's hidden slot.
struct Grouping {
    let query: Query
    let evaluator: PatternEvaluator

    func group(_ rows: SolutionTable) -> SolutionTable {
        var order: [[UInt32]] = []
        var members: [[UInt32]: [Int]] = [:]
        let expressions = evaluator.expressions
        if query.groupBy.isEmpty {
            order = [[]]
            members[[]] = Array(0..<rows.count)
        }
        for index in 0..<rows.count where !query.groupBy.isEmpty {
            let row = rows.row(index)
            let key = query.groupBy.map { expression, _ in
                expressions.evaluate(expression, row).map(evaluator.space.id) ?? 0
            }
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(index)
        }
        var out = SolutionTable(width: evaluator.width)
        for key in order {
            var buffer = [UInt32](repeating: 0, count: evaluator.width)
            for ((_, slot), value) in zip(query.groupBy, key) { buffer[slot] = value }
            let group = members[key] ?? []
            for aggregate in query.aggregates {
                let value: RDFTerm? =
                    aggregate.argument == nil && !aggregate.distinct
                    ? .integer(group.count) : compute(aggregate, group.map(rows.row))
                buffer[aggregate.slot] = value.map(evaluator.space.id) ?? 0
            }
            out.append(buffer)
        }
        return out
    }

    /// The aggregate over one group's rows, or nil (unbound) on an error.
    private func compute(_ aggregate: Aggregate, _ rows: [ArraySlice<UInt32>]) -> RDFTerm? {
        guard let argument = aggregate.argument else {
            let count = aggregate.distinct ? Set(rows.map(Array.init)).count : rows.count
            return .integer(count)
        }
        let expressions = evaluator.expressions
        var values: [RDFTerm?] = rows.map { expressions.evaluate(argument, $0) }
        if aggregate.distinct {
            var seen: Set<RDFTerm?> = []
            values = values.filter { seen.insert($0).inserted }
        }
        let bound = values.compactMap { $0 }
        switch aggregate.function {
        case .count: return .integer(bound.count)
        case .sample: return bound.first
        case .min: return bound.min { TermOrder.compare($0, $1) < 0 }
        case .max: return bound.max { TermOrder.compare($0, $1) < 0 }
        case .sum, .avg:
            guard bound.count == values.count else { return nil }
            return sum(bound, average: aggregate.function == .avg)
        case .groupConcat:
            guard bound.count == values.count else { return nil }
            let strings = bound.compactMap(StringValue.init)
            guard strings.count == bound.count else { return nil }
            return .string(strings.map(\.text).joined(separator: aggregate.separator))
        }
    }

    private func sum(_ values: [RDFTerm], average: Bool) -> RDFTerm? {
        var total = Numeric.integer(0)
        for value in values {
            guard let number = Numeric(value), let next = Numeric.apply("+", total, number) else { return nil }
            total = next
        }
        guard average, !values.isEmpty else { return total.term }
        return Numeric.apply("/", total, .integer(values.count))?.term
    }
}
