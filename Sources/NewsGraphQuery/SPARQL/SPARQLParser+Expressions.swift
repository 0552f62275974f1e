import NewsGraphFormats

extension SPARQLParser {
    /// Built-in functions and their argument counts (`nil`: any number).
    static let builtIns: [String: ClosedRange<Int>] = [
        "STR": 1...1, "LANG": 1...1, "LANGMATCHES": 2...2, "DATATYPE": 1...1, "IRI": 1...1, "URI": 1...1,
        "ABS": 1...1, "CEIL": 1...1, "FLOOR": 1...1, "ROUND": 1...1, "CONCAT": 0...64, "SUBSTR": 2...3,
        "STRLEN": 1...1, "REPLACE": 3...4, "UCASE": 1...1, "LCASE": 1...1, "ENCODE_FOR_URI": 1...1,
        "CONTAINS": 2...2, "STRSTARTS": 2...2, "STRENDS": 2...2, "STRBEFORE": 2...2, "STRAFTER": 2...2,
        "COALESCE": 0...64, "IF": 3...3, "STRLANG": 2...2, "STRDT": 2...2, "SAMETERM": 2...2,
        "ISIRI": 1...1, "ISURI": 1...1, "ISBLANK": 1...1, "ISLITERAL": 1...1, "ISNUMERIC": 1...1,
        "REGEX": 2...3, "YEAR": 1...1, "MONTH": 1...1, "DAY": 1...1,
    ]

    var isConstraintStart: Bool {
        switch token {
        case .symbol("("), .iri, .prefixedName: true
        case .word(let word): Self.builtIns[word] != nil || word == "BOUND" || word == "EXISTS" || word == "NOT"
        default: false
        }
    }

    /// `Constraint` (rule [69]): a bracketed expression, a built-in or a function call.
    mutating func readConstraint() throws -> Expression {
        if token == .symbol("(") {
            try enterNesting()
            defer { depth -= 1 }
            try advance()
            let expression = try readExpression()
            try expect(")", "to close the expression")
            return expression
        }
        guard isConstraintStart else { throw error("expected '(' and a condition") }
        return try readPrimary()
    }

    /// `Expression` (rule [110]).
    mutating func readExpression() throws -> Expression {
        let outer = depth
        defer { depth = outer }
        var left = try readAnd()
        while token == .symbol("||") {
            try advance()
            try enterNesting()
            left = .or(left, try readAnd())
        }
        return left
    }

    private mutating func readAnd() throws -> Expression {
        let outer = depth
        defer { depth = outer }
        var left = try readRelational()
        while token == .symbol("&&") {
            try advance()
            try enterNesting()
            left = .and(left, try readRelational())
        }
        return left
    }

    /// `RelationalExpression` (rule [114]), with IN and NOT IN.
    private mutating func readRelational() throws -> Expression {
        let left = try readAdditive()
        switch token {
        case .symbol(let op) where ["=", "!=", "<", ">", "<=", ">="].contains(op):
            try advance()
            return .compare(op, left, try readAdditive())
        case .word("IN"):
            try advance()
            return .inList(left, try readArgumentList(), negated: false)
        case .word("NOT"):
            try advance()
            try expectWord("IN", "after NOT")
            return .inList(left, try readArgumentList(), negated: true)
        default:
            return left
        }
    }

    private mutating func readAdditive() throws -> Expression {
        let outer = depth
        defer { depth = outer }
        var left = try readMultiplicative()
        while token == .symbol("+") || token == .symbol("-") {
            let op: Character = token == .symbol("+") ? "+" : "-"
            try advance()
            try enterNesting()
            left = .arithmetic(op, left, try readMultiplicative())
        }
        return left
    }

    private mutating func readMultiplicative() throws -> Expression {
        let outer = depth
        defer { depth = outer }
        var left = try readUnary()
        while token == .symbol("*") || token == .symbol("/") {
            let op: Character = token == .symbol("*") ? "*" : "/"
            try advance()
            try enterNesting()
            left = .arithmetic(op, left, try readUnary())
        }
        return left
    }

    private mutating func readUnary() throws -> Expression {
        switch token {
        case .symbol("!"), .symbol("-"), .symbol("+"):
            try enterNesting()
            defer { depth -= 1 }
            return try readUnaryOperator()
        default:
            return try readPrimary()
        }
    }

    /// `!`, `-` or `+` and its operand.
    private mutating func readUnaryOperator() throws -> Expression {
        switch token {
        case .symbol("!"):
            try advance()
            return .not(try readUnary())
        case .symbol("-"):
            try advance()
            return .negate(try readUnary())
        default:
            try advance()
            return .plus(try readUnary())
        }
    }

    /// `PrimaryExpression` (rule [119]).
    mutating func readPrimary() throws -> Expression {
        switch token {
        case .symbol("("):
            try enterNesting()
            defer { depth -= 1 }
            try advance()
            let inner = try readExpression()
            try expect(")", "to close the expression")
            return inner
        case .variable(let name):
            try advance()
            return .variable(slot(name))
        case .iri, .prefixedName:
            let iri = try readIRI()
            guard token == .symbol("("), case .iri(let name) = iri else { return .constant(iri) }
            return .call(name, try readArgumentList())
        case .word(let word) where word != "true" && word != "false":
            return try readCall(word)
        default:
            guard let constant = try readConstantIfAny() else { throw error("expected an expression") }
            return .constant(constant)
        }
    }

    /// A built-in call, BOUND, EXISTS / NOT EXISTS or an aggregate.
    private mutating func readCall(_ word: String) throws -> Expression {
        if let function = Aggregate.Function(rawValue: word) { return try readAggregate(function) }
        try advance()
        switch word {
        case "BOUND":
            try expect("(", "after BOUND")
            guard case .variable(let name) = token else { throw error("BOUND takes a variable") }
            try advance()
            try expect(")", "to close BOUND")
            return .bound(slot(name))
        case "EXISTS":
            return .exists(try readGroup(), negated: false)
        case "NOT":
            try expectWord("EXISTS", "after NOT")
            return .exists(try readGroup(), negated: true)
        default:
            guard let arity = Self.builtIns[word] else { throw lexer.error("unknown function \(word)") }
            let arguments = try readArgumentList()
            guard arity.contains(arguments.count) else {
                throw lexer.error("\(word) takes \(arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)") arguments, not \(arguments.count)")
            }
            return .call(word, arguments)
        }
    }

    /// `ExpressionList` (rule [72]) or `ArgList` (rule [71]).
    private mutating func readArgumentList() throws -> [Expression] {
        try enterNesting()
        defer { depth -= 1 }
        try expect("(", "to open the argument list")
        var arguments: [Expression] = []
        while token != .symbol(")") {
            if !arguments.isEmpty { try expect(",", "between arguments") }
            arguments.append(try readExpression())
        }
        try advance()
        return arguments
    }

    /// `Aggregate` (rule [127]), replaced by the hidden slot that will hold its value.
    private mutating func readAggregate(_ function: Aggregate.Function) throws -> Expression {
        guard allowsAggregates else {
            throw error("aggregates such as \(function.rawValue) may only appear in SELECT, HAVING and ORDER BY")
        }
        try advance()
        try expect("(", "after \(function.rawValue)")
        let distinct = try accept("DISTINCT")
        var argument: Expression?
        if function == .count && token == .symbol("*") {
            try advance()
        } else {
            allowsAggregates = false
            argument = try readExpression()
            allowsAggregates = true
        }
        var separator = " "
        if function == .groupConcat && token == .symbol(";") {
            try advance()
            try expectWord("SEPARATOR", "after ';' in GROUP_CONCAT")
            try expect("=", "after SEPARATOR")
            guard case .string(let text) = token else { throw error("expected a string separator") }
            separator = text
            try advance()
        }
        try expect(")", "to close \(function.rawValue)")
        let slot = hiddenSlot("aggregate")
        aggregates.append(Aggregate(function: function, distinct: distinct, argument: argument, separator: separator, slot: slot))
        return .aggregate(slot)
    }
}
