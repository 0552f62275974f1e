import NewsGraphFormats

/// A position of a triple pattern: a constant term or a variable slot.
enum PatternTerm: Equatable, Sendable {
    case term(RDFTerm)
    case variable(Int)
}

/// A triple pattern of a basic graph pattern.
struct TriplePattern: Equatable, Sendable {
    var subject: PatternTerm
    var predicate: PatternTerm
    var object: PatternTerm
}

/// A graph pattern of the SPARQL algebra (SPARQL 1.1, section 18.2).
indirect enum GraphPattern: Sendable {
    /// The pattern with one empty solution.
    case unit
    case bgp([TriplePattern])
    case join(GraphPattern, GraphPattern)
    case leftJoin(GraphPattern, GraphPattern, Expression?)
    case union(GraphPattern, GraphPattern)
    case minus(GraphPattern, GraphPattern)
    case filter(Expression, GraphPattern)
    /// `BIND(expression AS ?slot)`.
    case extend(GraphPattern, Int, Expression)
    /// Inline data: variable slots and rows (nil is `UNDEF`).
    case values([Int], [[RDFTerm?]])
}

/// One aggregate of a grouped query, computed per group into `slot`.
struct Aggregate: Sendable {
    enum Function: String, Sendable {
        case count = "COUNT", sum = "SUM", min = "MIN", max = "MAX", avg = "AVG", sample = "SAMPLE"
        case groupConcat = "GROUP_CONCAT"
    }

    var function: Function
    var distinct: Bool
    /// Nil for `COUNT(*)`.
    var argument: Expression?
    var separator: String
    /// The hidden variable slot that holds the group's value.
    var slot: Int
}

/// A parsed query, ready to run.
struct Query: Sendable {
    enum Form: Sendable {
        /// SELECT with the projected variables (names and slots).
        case select(names: [String], slots: [Int])
        case ask
    }

    var form: Form
    var distinct = false
    var pattern: GraphPattern
    /// Slot names; hidden slots (blank nodes, aggregates) have names starting with a space.
    var variables: [String]
    /// GROUP BY keys: an expression and the slot it binds.
    var groupBy: [(Expression, Int)] = []
    var aggregates: [Aggregate] = []
    /// Whether the query groups (GROUP BY or any aggregate).
    var isGrouped: Bool { !groupBy.isEmpty || !aggregates.isEmpty }
    var having: [Expression] = []
    /// SELECT expressions, bound in order after grouping: `(expr AS ?slot)`.
    var selectExpressions: [(Expression, Int)] = []
    var orderBy: [(Expression, ascending: Bool)] = []
    var limit: Int?
    var offset = 0
}
