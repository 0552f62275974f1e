import NewsGraphFormats

/// A SPARQL expression (SPARQL 1.1, section 17).
indirect enum Expression: Sendable {
    case variable(Int)
    case constant(RDFTerm)
    case or(Expression, Expression)
    case and(Expression, Expression)
    case not(Expression)
    /// `=`, `!=`, `<`, `>`, `<=`, `>=`.
    case compare(String, Expression, Expression)
    /// `+`, `-`, `*`, `/`.
    case arithmetic(Character, Expression, Expression)
    case negate(Expression)
    case plus(Expression)
    /// A built-in call by upper-cased name (`REGEX`, `STRLEN`), or a cast by datatype IRI.
    case call(String, [Expression])
    case bound(Int)
    case inList(Expression, [Expression], negated: Bool)
    case exists(GraphPattern, negated: Bool)
    /// The value of an aggregate, held in a hidden slot.
    case aggregate(Int)
}
