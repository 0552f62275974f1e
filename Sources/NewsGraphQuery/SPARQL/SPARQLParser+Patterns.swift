import NewsGraphFormats

extension SPARQLParser {
    /// `GroupGraphPattern` (rule [53]) translated as SPARQL 1.1, 18.2.2:
    /// elements fold left by join, filters of the group apply to all of it.
    mutating func readGroup() throws -> GraphPattern {
        let outer = depth
        defer { depth = outer }
        try enterNesting()
        try expect("{", "to open a group graph pattern")
        if token == .word("SELECT") { throw error("subqueries are not supported") }
        var group = GraphPattern.unit
        var filters: [Expression] = []
        var triples: [TriplePattern] = []
        func flush() {
            if !triples.isEmpty { group = join(group, .bgp(triples)) }
            triples = []
        }
        while token != .symbol("}") {
            // Each element deepens the left-folded pattern (or filter conjunction) by one.
            if isGroupKeyword { try enterNesting() }
            switch token {
            case .word("FILTER"):
                try advance()
                filters.append(try readConstraint())
            case .word("OPTIONAL"):
                try advance()
                flush()
                let right = try readGroup()
                if case .filter(let condition, let inner) = right {
                    group = .leftJoin(group, inner, condition)
                } else {
                    group = .leftJoin(group, right, nil)
                }
            case .word("MINUS"):
                try advance()
                flush()
                group = .minus(group, try readGroup())
            case .word("BIND"):
                try advance()
                flush()
                group = try readBind(group)
            case .word("VALUES"):
                try advance()
                flush()
                group = join(group, try readValuesData())
            case .symbol("{"):
                flush()
                var alternative = try readGroup()
                while try accept("UNION") {
                    try enterNesting()
                    alternative = .union(alternative, try readGroup())
                }
                group = join(group, alternative)
            case .word("GRAPH"), .word("SERVICE"):
                throw error("\(token.display) is not supported: the graph has one default graph")
            case .symbol("."):
                try advance()
            case .end:
                throw error("expected '}' to close the group")
            default:
                try readTriplesSameSubject(into: &triples)
                guard token == .symbol(".") || token == .symbol("}") || isGroupKeyword else {
                    throw error("expected '.' or '}' after a triple pattern")
                }
            }
        }
        try advance()
        flush()
        guard let first = filters.first else { return group }
        return .filter(filters.dropFirst().reduce(first) { .and($0, $1) }, group)
    }

    private var isGroupKeyword: Bool {
        switch token {
        case .word("FILTER"), .word("OPTIONAL"), .word("MINUS"), .word("BIND"), .word("VALUES"), .symbol("{"): true
        default: false
        }
    }

    private func join(_ left: GraphPattern, _ right: GraphPattern) -> GraphPattern {
        if case .unit = left { return right }
        if case .bgp(let a) = left, case .bgp(let b) = right { return .bgp(a + b) }
        return .join(left, right)
    }

    /// `Bind` (rule [60]): `BIND ( Expression AS Var )`.
    private mutating func readBind(_ group: GraphPattern) throws -> GraphPattern {
        try expect("(", "after BIND")
        let expression = try readExpression()
        try expectWord("AS", "in BIND")
        guard case .variable(let name) = token else { throw error("expected a variable after AS") }
        try advance()
        try expect(")", "to close BIND")
        return .extend(group, slot(name), expression)
    }

    /// `DataBlock` (rule [62]) after VALUES: one variable or a list of them, then rows.
    mutating func readValuesData() throws -> GraphPattern {
        var columns: [Int] = []
        let single: Bool
        if case .variable(let name) = token {
            columns = [slot(name)]
            single = true
            try advance()
        } else {
            try expect("(", "after VALUES")
            while case .variable(let name) = token {
                columns.append(slot(name))
                try advance()
            }
            try expect(")", "to close the VALUES variables")
            single = false
        }
        try expect("{", "to open the VALUES rows")
        var rows: [[RDFTerm?]] = []
        while token != .symbol("}") {
            if single {
                rows.append([try readDataValue()])
                continue
            }
            try expect("(", "to open a VALUES row")
            var row: [RDFTerm?] = []
            while token != .symbol(")") { row.append(try readDataValue()) }
            try advance()
            guard row.count == columns.count else { throw error("a VALUES row needs \(columns.count) values") }
            rows.append(row)
        }
        try advance()
        return .values(columns, rows)
    }

    /// `DataBlockValue` (rule [65]): a constant or UNDEF (nil).
    private mutating func readDataValue() throws -> RDFTerm? {
        if try accept("UNDEF") { return nil }
        guard case .term(let term) = try readTerm(allowVariables: false) else { throw error("expected a constant") }
        return term
    }

    /// `TriplesSameSubject` (rule [75]).
    private mutating func readTriplesSameSubject(into triples: inout [TriplePattern]) throws {
        let subject: PatternTerm
        if token == .symbol("[") {
            subject = try readBlankNodeProperties(into: &triples)
            if token == .symbol(".") || token == .symbol("}") { return }
        } else if token == .symbol("(") {
            subject = try readCollection(into: &triples)
        } else {
            subject = try readTerm(allowVariables: true)
        }
        try readPropertyList(subject, into: &triples)
    }

    /// `PropertyListNotEmpty` (rule [77]).
    private mutating func readPropertyList(_ subject: PatternTerm, into triples: inout [TriplePattern]) throws {
        repeat {
            let predicate: PatternTerm
            if token == .word("a") {
                try advance()
                predicate = .term(Vocabulary.type)
            } else {
                predicate = try readTerm(allowVariables: true)
            }
            while true {
                let object = try readObject(into: &triples)
                triples.append(TriplePattern(subject: subject, predicate: predicate, object: object))
                guard token == .symbol(",") else { break }
                try advance()
            }
            guard token == .symbol(";") else { return }
            while token == .symbol(";") { try advance() }
        } while token != .symbol(".") && token != .symbol("}") && token != .symbol("]") && !isGroupKeyword
    }

    private mutating func readObject(into triples: inout [TriplePattern]) throws -> PatternTerm {
        if token == .symbol("[") { return try readBlankNodeProperties(into: &triples) }
        if token == .symbol("(") { return try readCollection(into: &triples) }
        return try readTerm(allowVariables: true)
    }

    /// `BlankNodePropertyList` (rule [99]) or `[]`: a hidden variable.
    private mutating func readBlankNodeProperties(into triples: inout [TriplePattern]) throws -> PatternTerm {
        try enterNesting()
        defer { depth -= 1 }
        try advance()
        let node = PatternTerm.variable(hiddenSlot("[]"))
        if token == .symbol("]") {
            try advance()
            return node
        }
        try readPropertyList(node, into: &triples)
        try expect("]", "to close the blank node")
        return node
    }

    /// `Collection` (rule [102]): `rdf:first`/`rdf:rest` patterns over hidden variables.
    private mutating func readCollection(into triples: inout [TriplePattern]) throws -> PatternTerm {
        try enterNesting()
        defer { depth -= 1 }
        try advance()
        var head = PatternTerm.term(Vocabulary.nil_)
        var last: PatternTerm?
        while token != .symbol(")") {
            let cell = PatternTerm.variable(hiddenSlot("list"))
            if let last {
                triples.append(TriplePattern(subject: last, predicate: .term(Vocabulary.rest), object: cell))
            } else {
                head = cell
            }
            let item = try readObject(into: &triples)
            triples.append(TriplePattern(subject: cell, predicate: .term(Vocabulary.first), object: item))
            last = cell
        }
        try advance()
        if let last {
            triples.append(TriplePattern(subject: last, predicate: .term(Vocabulary.rest), object: .term(Vocabulary.nil_)))
        }
        return head
    }

    /// A variable, IRI, blank node label or literal (`VarOrTerm`, rule [106]).
    mutating func readTerm(allowVariables: Bool) throws -> PatternTerm {
        switch token {
        case .variable(let name) where allowVariables:
            try advance()
            return .variable(slot(name))
        case .blankNode(let label) where allowVariables:
            try advance()
            return .variable(slot(" _:\(label)"))
        default:
            guard let term = try readConstantIfAny() else { throw error("expected a variable or a term") }
            return .term(term)
        }
    }

    /// An IRI, prefixed name, literal, number or boolean; nil if the token is none.
    mutating func readConstantIfAny() throws -> RDFTerm? {
        switch token {
        case .iri, .prefixedName: return try readIRI()
        case .string(let text):
            try advance()
            if case .languageTag(let tag) = token {
                try advance()
                return .text(text, language: tag)
            }
            if token == .symbol("^^") {
                try advance()
                guard case .iri(let datatype) = try readIRI() else { throw error("expected a datatype IRI") }
                return .literal(text, datatype: datatype, language: nil)
            }
            return .string(text)
        case .symbol("-"), .symbol("+"):
            let sign = token == .symbol("-") ? "-" : "+"
            try advance()
            guard case .literal(let text, let datatype, _) = try readNumber() else { throw error("expected a number") }
            return .literal(sign + text, datatype: datatype, language: nil)
        case .integer, .decimal, .double: return try readNumber()
        case .word("true"), .word("false"):
            guard case .word(let text) = token else { return nil }
            try advance()
            return .literal(text, datatype: Vocabulary.boolean, language: nil)
        default: return nil
        }
    }

    private mutating func readNumber() throws -> RDFTerm {
        let term: RDFTerm
        switch token {
        case .integer(let text): term = .literal(text, datatype: RDFTerm.xsdInteger, language: nil)
        case .decimal(let text): term = .literal(text, datatype: Vocabulary.decimal, language: nil)
        case .double(let text): term = .literal(text, datatype: Vocabulary.double, language: nil)
        default: throw error("expected a number")
        }
        try advance()
        return term
    }

    /// `iri` (rule [136]): an IRI reference resolved against BASE, or a prefixed name.
    mutating func readIRI() throws -> RDFTerm {
        switch token {
        case .iri(let iri):
            try advance()
            return .iri(resolver.resolve(iri))
        case .prefixedName(let prefix, let local):
            guard let namespace = prefixes[prefix] else {
                throw error("undefined prefix '\(prefix):'; declare it with PREFIX \(prefix): <...>")
            }
            try advance()
            return .iri(namespace + local)
        default:
            throw error("expected an IRI")
        }
    }
}
