import NewsGraphFormats

/// Value comparison of RDF terms for `=`, `!=`, `<`, `>`, `<=`, `>=`
/// (SPARQL 1.1, 17.3 operator mapping).
enum TermComparison {
    /// The result of `a op b`, or nil for a type error.
    static func compare(_ op: String, _ a: RDFTerm, _ b: RDFTerm) -> Bool? {
        if op == "=" { return equal(a, b) }
        if op == "!=" { return equal(a, b).map(!) }
        guard let order = order(a, b) else { return nil }
        switch op {
        case "<": return order < 0
        case ">": return order > 0
        case "<=": return order <= 0
        default: return order >= 0
        }
    }

    /// `RDFterm-equal` with value comparison for numbers, strings, booleans and dates.
    static func equal(_ a: RDFTerm, _ b: RDFTerm) -> Bool? {
        if let x = Numeric(a), let y = Numeric(b) { return Numeric.compare(x, y) == 0 }
        guard case .literal(let textA, let typeA, let langA) = a, case .literal(let textB, let typeB, let langB) = b else {
            return a == b
        }
        if a == b { return true }
        if typeA == RDFTerm.langString || typeB == RDFTerm.langString {
            return typeA == typeB ? (textA == textB && langA == langB) : false
        }
        if typeA == typeB, typeA == Vocabulary.boolean, let x = boolean(textA), let y = boolean(textB) { return x == y }
        if typeA == typeB, typeA == RDFTerm.xsdString { return false }
        if isKnown(typeA) && isKnown(typeB) {
            return typeA == typeB && isOrderedByText(typeA) ? textA == textB : (typeA == typeB ? nil : false)
        }
        return nil
    }

    /// -1, 0 or 1 for comparable values (numbers, strings, booleans, dates), else nil.
    static func order(_ a: RDFTerm, _ b: RDFTerm) -> Int? {
        if let x = Numeric(a), let y = Numeric(b) { return Numeric.compare(x, y) }
        guard case .literal(let textA, let typeA, let langA) = a, case .literal(let textB, let typeB, let langB) = b,
            typeA == typeB
        else { return nil }
        if typeA == RDFTerm.xsdString || (typeA == RDFTerm.langString && langA == langB) {
            return codePointOrder(textA, textB)
        }
        if typeA == Vocabulary.boolean, let x = boolean(textA), let y = boolean(textB) {
            return x == y ? 0 : (!x ? -1 : 1)
        }
        if isOrderedByText(typeA) { return codePointOrder(textA, textB) }
        return nil
    }

    /// Orders strings by Unicode code point (UTF-8 byte order is the same).
    static func codePointOrder(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }

    private static func boolean(_ text: String) -> Bool? {
        switch text {
        case "true", "1": true
        case "false", "0": false
        default: nil
        }
    }

    private static func isKnown(_ datatype: String) -> Bool {
        datatype == RDFTerm.xsdString || datatype == Vocabulary.boolean || isOrderedByText(datatype)
            || Numeric.integerTypes.contains(datatype) || datatype == Vocabulary.decimal || datatype == Vocabulary.double
    }

    /// Date and time types whose lexical order is their value order (same time zone assumed).
    private static func isOrderedByText(_ datatype: String) -> Bool {
        datatype == Vocabulary.xsd + "dateTime" || datatype == Vocabulary.xsd + "date"
    }
}
