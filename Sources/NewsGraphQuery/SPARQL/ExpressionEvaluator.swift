import NewsGraphFormats

/// Evaluates expressions against one solution (SPARQL 1.1, section 17).
///
/// A result of nil is an expression error: FILTER treats it as false,
/// BIND leaves the variable unbound, aggregates skip it.
struct ExpressionEvaluator {
    let space: TermSpace
    let regexes: RegexCache
    /// Whether a pattern has a solution compatible with the row (for EXISTS).
    let exists: (GraphPattern, ArraySlice<UInt32>) -> Bool

    static let trueTerm = RDFTerm.literal("true", datatype: Vocabulary.boolean, language: nil)
    static let falseTerm = RDFTerm.literal("false", datatype: Vocabulary.boolean, language: nil)

    static func boolean(_ value: Bool) -> RDFTerm { value ? trueTerm : falseTerm }

    /// The value of `expression` for `row`, or nil on an error.
    func evaluate(_ expression: Expression, _ row: ArraySlice<UInt32>) -> RDFTerm? {
        switch expression {
        case .variable(let slot), .aggregate(let slot):
            let id = row[row.startIndex + slot]
            return id == 0 ? nil : space.term(id)
        case .constant(let term):
            return term
        case .bound(let slot):
            return Self.boolean(row[row.startIndex + slot] != 0)
        case .or(let left, let right):
            let a = effectiveBoolean(left, row)
            let b = effectiveBoolean(right, row)
            if a == true || b == true { return Self.trueTerm }
            if a == false && b == false { return Self.falseTerm }
            return nil
        case .and(let left, let right):
            let a = effectiveBoolean(left, row)
            let b = effectiveBoolean(right, row)
            if a == false || b == false { return Self.falseTerm }
            if a == true && b == true { return Self.trueTerm }
            return nil
        case .not(let inner):
            return effectiveBoolean(inner, row).map { Self.boolean(!$0) }
        case .compare(let op, let left, let right):
            guard let a = evaluate(left, row), let b = evaluate(right, row) else { return nil }
            return TermComparison.compare(op, a, b).map(Self.boolean)
        case .arithmetic(let op, let left, let right):
            guard let a = evaluate(left, row).flatMap(Numeric.init), let b = evaluate(right, row).flatMap(Numeric.init)
            else { return nil }
            return Numeric.apply(op, a, b)?.term
        case .negate(let inner):
            return evaluate(inner, row).flatMap(Numeric.init)?.negated.term
        case .plus(let inner):
            return evaluate(inner, row).flatMap(Numeric.init)?.term
        case .inList(let needle, let list, let negated):
            return evaluateIn(needle, list, negated: negated, row)
        case .exists(let pattern, let negated):
            return Self.boolean(exists(pattern, row) != negated)
        case .call(let name, let arguments):
            return call(name, arguments, row)
        }
    }

    /// `IN` / `NOT IN` (SPARQL 1.1, 17.4.1.9 and 17.4.1.10).
    private func evaluateIn(_ needle: Expression, _ list: [Expression], negated: Bool, _ row: ArraySlice<UInt32>) -> RDFTerm? {
        guard let value = evaluate(needle, row) else { return nil }
        var sawError = false
        for item in list {
            guard let candidate = evaluate(item, row), let equal = TermComparison.compare("=", value, candidate) else {
                sawError = true
                continue
            }
            if equal { return Self.boolean(!negated) }
        }
        return sawError ? nil : Self.boolean(negated)
    }

    /// The effective boolean value of `expression` (SPARQL 1.1, 17.2.2), nil on error.
    func effectiveBoolean(_ expression: Expression, _ row: ArraySlice<UInt32>) -> Bool? {
        evaluate(expression, row).flatMap(Self.effectiveBoolean)
    }

    /// Whether a FILTER keeps the row: errors count as false.
    func keeps(_ expression: Expression, _ row: ArraySlice<UInt32>) -> Bool {
        effectiveBoolean(expression, row) ?? false
    }

    static func effectiveBoolean(_ term: RDFTerm) -> Bool? {
        guard case .literal(let text, let datatype, let language) = term else { return nil }
        if datatype == Vocabulary.boolean { return text == "true" || text == "1" }
        if datatype == RDFTerm.xsdString && language == nil { return !text.isEmpty }
        if Numeric.integerTypes.contains(datatype) || datatype == Vocabulary.decimal || datatype == Vocabulary.double
            || datatype == Vocabulary.xsd + "float"
        {
            guard let number = Numeric(term) else { return false }
            let value = number.doubleValue
            return !(value == 0 || value.isNaN)
        }
        return nil
    }
}
