import NewsGraphFormats

/// Reads a SPARQL 1.1 query into the algebra ``Query``.
///
/// Supports SELECT (with `*`, DISTINCT, REDUCED, `(expression AS ?v)`) and
/// ASK; PREFIX and BASE; basic graph patterns; FILTER, OPTIONAL, UNION,
/// MINUS, BIND, VALUES; GROUP BY, HAVING, ORDER BY, LIMIT, OFFSET and the
/// aggregates. Errors give line and column.
struct SPARQLParser {
    var lexer: SPARQLLexer
    var token: SPARQLToken = .end
    var prefixes: [String: String] = [:]
    var resolver = IRIResolver(base: nil)
    var slots: [String: Int] = [:]
    var variables: [String] = []
    var aggregates: [Aggregate] = []
    /// Whether aggregates may appear in the expression being read.
    var allowsAggregates = false
    var hiddenCount = 0
    /// Levels of nesting open now (see ``SPARQLQuery/maximumDepth``).
    var depth = 0
    /// Where the variable past ``SPARQLQuery/maximumVariables`` was named.
    var tooManyVariablesAt: Int?

    init(_ text: String) {
        lexer = SPARQLLexer(text)
    }

    /// Parses a whole query.
    static func parse(_ text: String) throws -> Query {
        var parser = SPARQLParser(text)
        return try parser.readQuery()
    }

    mutating func advance() throws { token = try lexer.next() }

    func error(_ message: String) -> SPARQLError {
        lexer.error("\(message), found \(token.display)")
    }

    mutating func expect(_ symbol: String, _ context: String) throws {
        guard token == .symbol(symbol) else { throw error("expected '\(symbol)' \(context)") }
        try advance()
    }

    mutating func expectWord(_ word: String, _ context: String) throws {
        guard token == .word(word) else { throw error("expected \(word) \(context)") }
        try advance()
    }

    /// Whether the token is the keyword `word`; if so, moves past it.
    mutating func accept(_ word: String) throws -> Bool {
        guard token == .word(word) else { return false }
        try advance()
        return true
    }

    /// One more level of nesting; an error past ``SPARQLQuery/maximumDepth``.
    /// Callers restore `depth` when the construct ends.
    mutating func enterNesting() throws {
        guard depth < SPARQLQuery.maximumDepth else {
            throw error("the query nests deeper than \(SPARQLQuery.maximumDepth) levels (groups, parentheses, operators)")
        }
        depth += 1
    }

    /// The slot of variable `name`, made on first use.
    mutating func slot(_ name: String) -> Int {
        if let slot = slots[name] { return slot }
        if variables.count == SPARQLQuery.maximumVariables && tooManyVariablesAt == nil {
            tooManyVariablesAt = lexer.tokenStart
        }
        slots[name] = variables.count
        variables.append(name)
        return variables.count - 1
    }

    /// A slot no query text can name (for blank nodes, aggregates, group keys).
    mutating func hiddenSlot(_ purpose: String) -> Int {
        hiddenCount += 1
        return slot(" \(purpose)\(hiddenCount)")
    }

    /// `Query` (rule [2]): prologue, then SELECT or ASK, then optional VALUES.
    mutating func readQuery() throws -> Query {
        try advance()
        try readPrologue()
        var query: Query
        switch token {
        case .word("SELECT"): query = try readSelect()
        case .word("ASK"):
            try advance()
            query = Query(form: .ask, pattern: try readWhere(), variables: [])
            try readSolutionModifiers(&query)
        case .word("CONSTRUCT"), .word("DESCRIBE"):
            throw error("only SELECT and ASK queries are supported")
        default:
            throw error("expected SELECT or ASK")
        }
        if try accept("VALUES") { query.pattern = .join(query.pattern, try readValuesData()) }
        guard token == .end else { throw error("expected the end of the query") }
        if let offset = tooManyVariablesAt {
            throw lexer.error("the query uses more than \(SPARQLQuery.maximumVariables) variables", at: offset)
        }
        query.variables = variables
        query.aggregates = aggregates
        return query
    }

    /// `Prologue` (rule [4]).
    private mutating func readPrologue() throws {
        while true {
            if try accept("BASE") {
                guard case .iri(let iri) = token else { throw error("expected an IRI after BASE") }
                resolver = resolver.rebased(iri)
                try advance()
            } else if try accept("PREFIX") {
                guard case .prefixedName(let prefix, let local) = token, local.isEmpty else {
                    throw error("expected a prefix such as 'ex:' after PREFIX")
                }
                try advance()
                guard case .iri(let iri) = token else { throw error("expected an IRI for prefix '\(prefix):'") }
                guard prefixes.count < SPARQLQuery.maximumPrefixes || prefixes[prefix] != nil else {
                    throw error("more than \(SPARQLQuery.maximumPrefixes) prefix names are declared")
                }
                prefixes[prefix] = resolver.resolve(iri)
                try advance()
            } else {
                return
            }
        }
    }

    /// `SelectQuery` (rule [7]).
    private mutating func readSelect() throws -> Query {
        try advance()
        let distinct = try accept("DISTINCT") || accept("REDUCED")
        var names: [String] = []
        var projected: [Int] = []
        var expressions: [(Expression, Int)] = []
        var star = false
        if token == .symbol("*") {
            star = true
            try advance()
        }
        while !star {
            if case .variable(let name) = token {
                names.append(name)
                projected.append(slot(name))
                try advance()
            } else if token == .symbol("(") {
                try advance()
                allowsAggregates = true
                let expression = try readExpression()
                allowsAggregates = false
                try expectWord("AS", "in a SELECT expression")
                guard case .variable(let name) = token else { throw error("expected a variable after AS") }
                guard slots[name] == nil || !projected.contains(slot(name)) else {
                    throw error("variable ?\(name) is already projected")
                }
                try advance()
                try expect(")", "to close the SELECT expression")
                names.append(name)
                projected.append(slot(name))
                expressions.append((expression, slot(name)))
            } else {
                break
            }
        }
        guard star || !names.isEmpty else { throw error("expected '*' or variables after SELECT") }
        if token == .word("FROM") { throw error("FROM is not supported: the query runs over the loaded graph") }
        var query = Query(form: .select(names: [], slots: []), distinct: distinct, pattern: try readWhere(), variables: [])
        query.selectExpressions = expressions
        try readSolutionModifiers(&query)
        if star {
            let visible = variables.indices.filter { !variables[$0].hasPrefix(" ") }
            query.form = .select(names: visible.map { variables[$0] }, slots: visible)
        } else {
            query.form = .select(names: names, slots: projected)
        }
        try checkGrouping(query, projected: star ? [] : projected)
        return query
    }

    /// In a grouped query every projected variable must be grouped or computed.
    private func checkGrouping(_ query: Query, projected: [Int]) throws {
        guard query.isGrouped || !aggregates.isEmpty else { return }
        let allowed = Set(query.groupBy.map(\.1) + query.selectExpressions.map(\.1))
        for slot in projected where !allowed.contains(slot) {
            throw lexer.error("variable ?\(variables[slot]) is neither grouped nor aggregated; add it to GROUP BY or wrap it in an aggregate such as SAMPLE", at: 0)
        }
    }

    /// `WhereClause` (rule [17]).
    private mutating func readWhere() throws -> GraphPattern {
        _ = try accept("WHERE")
        return try readGroup()
    }

    /// `SolutionModifier` (rule [18]).
    private mutating func readSolutionModifiers(_ query: inout Query) throws {
        if try accept("GROUP") {
            try expectWord("BY", "after GROUP")
            repeat { query.groupBy.append(try readGroupCondition()) } while isGroupConditionStart
        }
        allowsAggregates = true
        defer { allowsAggregates = false }
        if try accept("HAVING") {
            repeat { query.having.append(try readConstraint()) } while isConstraintStart
        }
        if try accept("ORDER") {
            try expectWord("BY", "after ORDER")
            repeat { query.orderBy.append(try readOrderCondition()) } while isOrderConditionStart
        }
        for _ in 0..<2 {
            if try accept("LIMIT") { query.limit = try readCount("LIMIT") }
            if try accept("OFFSET") { query.offset = try readCount("OFFSET") }
        }
    }

    private mutating func readCount(_ clause: String) throws -> Int {
        guard case .integer(let text) = token, let value = Int(text) else {
            throw error("expected a whole number after \(clause)")
        }
        try advance()
        return value
    }

    private var isGroupConditionStart: Bool {
        switch token {
        case .variable, .symbol("("), .iri, .prefixedName, .word: token != .word("HAVING") && token != .word("ORDER") && token != .word("LIMIT") && token != .word("OFFSET") && token != .word("VALUES")
        default: false
        }
    }

    /// `GroupCondition` (rule [20]): a key expression and the slot it binds.
    private mutating func readGroupCondition() throws -> (Expression, Int) {
        if case .variable(let name) = token {
            try advance()
            return (.variable(slot(name)), slot(name))
        }
        if token == .symbol("(") {
            try advance()
            let expression = try readExpression()
            var target = hiddenSlot("group")
            if try accept("AS") {
                guard case .variable(let name) = token else { throw error("expected a variable after AS") }
                target = slot(name)
                try advance()
            }
            try expect(")", "to close the GROUP BY expression")
            return (expression, target)
        }
        return (try readPrimary(), hiddenSlot("group"))
    }

    private var isOrderConditionStart: Bool {
        switch token {
        case .word("ASC"), .word("DESC"), .variable, .symbol("("): true
        default: isConstraintStart
        }
    }

    /// `OrderCondition` (rule [24]).
    private mutating func readOrderCondition() throws -> (Expression, ascending: Bool) {
        if token == .word("ASC") || token == .word("DESC") {
            let ascending = token == .word("ASC")
            try advance()
            try expect("(", "after \(ascending ? "ASC" : "DESC")")
            let expression = try readExpression()
            try expect(")", "to close the ordering expression")
            return (expression, ascending)
        }
        if case .variable(let name) = token {
            try advance()
            return (.variable(slot(name)), true)
        }
        return (try readConstraint(), true)
    }
}
