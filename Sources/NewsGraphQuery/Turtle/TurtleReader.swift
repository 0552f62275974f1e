import NewsGraphFormats

/// The recursive-descent reader behind ``TurtleParser``: one document, one pass.
///
/// Rule numbers refer to https://www.w3.org/TR/turtle/#sec-grammar-grammar.
struct TurtleReader {
    private var lexer: TurtleLexer
    private var token: TurtleToken = .end
    private var prefixes: [String: String] = [:]
    private var resolver: IRIResolver
    private let blankNodePrefix: String
    private var generated = 0
    /// How many `[` and `(` are open.
    private var depth = 0
    private let emit: (Triple) throws -> Void

    init(bytes: [UInt8], parser: TurtleParser, emit: @escaping (Triple) throws -> Void) {
        lexer = TurtleLexer(bytes)
        resolver = IRIResolver(base: parser.base)
        blankNodePrefix = parser.blankNodePrefix
        self.emit = emit
    }

    private mutating func advance() throws { token = try lexer.next() }

    private func error(_ message: String) -> TurtleError {
        lexer.error("\(message), found \(token.display)")
    }

    private mutating func expect(_ byte: UInt8, _ context: String) throws {
        guard token == .punctuation(byte) else { throw error("expected '\(UnicodeScalar(byte))' \(context)") }
        try advance()
    }

    /// `turtleDoc ::= statement*` (rule [1]).
    mutating func readDocument() throws {
        try advance()
        while token != .end { try readStatement() }
    }

    /// `statement ::= directive | triples '.'` (rule [2]).
    private mutating func readStatement() throws {
        switch token {
        case .languageTag("prefix"):
            try advance()
            try readPrefix()
            try expect(UInt8(ascii: "."), "after @prefix")
        case .languageTag("base"):
            try advance()
            try readBase()
            try expect(UInt8(ascii: "."), "after @base")
        case .word(let word) where word.lowercased() == "prefix":
            try advance()
            try readPrefix()
        case .word(let word) where word.lowercased() == "base":
            try advance()
            try readBase()
        default:
            try readTriples()
            try expect(UInt8(ascii: "."), "after the triples")
        }
    }

    /// The rest of `prefixID` / `sparqlPrefix` (rules [4], [6s]).
    private mutating func readPrefix() throws {
        guard case .prefixedName(let prefix, let local) = token, local.isEmpty else {
            throw error("expected a prefix name such as 'ex:'")
        }
        try advance()
        guard case .iri(let iri) = token else { throw error("expected an IRI for prefix '\(prefix):'") }
        guard prefixes.count < TurtleParser.maximumPrefixes || prefixes[prefix] != nil else {
            throw error("more than \(TurtleParser.maximumPrefixes) prefix names are declared")
        }
        prefixes[prefix] = resolver.resolve(iri)
        try advance()
    }

    /// The rest of `base` / `sparqlBase` (rules [5], [5s]).
    private mutating func readBase() throws {
        guard case .iri(let iri) = token else { throw error("expected an IRI after base") }
        resolver = resolver.rebased(iri)
        try advance()
    }

    /// `triples` (rule [6]).
    private mutating func readTriples() throws {
        if token == .punctuation(UInt8(ascii: "[")) {
            let (subject, isAnonymous) = try readBlankNodePropertyList()
            if !isAnonymous && token == .punctuation(UInt8(ascii: ".")) { return }
            try readPredicateObjectList(subject)
            return
        }
        let subject = try readSubject()
        try readPredicateObjectList(subject)
    }

    /// `predicateObjectList` (rule [7]).
    private mutating func readPredicateObjectList(_ subject: RDFTerm) throws {
        repeat {
            let predicate = try readVerb()
            try readObjectList(subject, predicate)
            guard token == .punctuation(UInt8(ascii: ";")) else { return }
            while token == .punctuation(UInt8(ascii: ";")) { try advance() }
        } while isVerbStart
    }

    private var isVerbStart: Bool {
        switch token {
        case .iri, .prefixedName: true
        case .word("a"): true
        default: false
        }
    }

    /// `objectList` (rule [8]).
    private mutating func readObjectList(_ subject: RDFTerm, _ predicate: RDFTerm) throws {
        while true {
            let object = try readObject()
            try emit(Triple(subject, predicate, object))
            guard token == .punctuation(UInt8(ascii: ",")) else { return }
            try advance()
        }
    }

    /// `verb ::= predicate | 'a'` (rule [9]).
    private mutating func readVerb() throws -> RDFTerm {
        if token == .word("a") {
            try advance()
            return Vocabulary.type
        }
        guard let iri = try readIRIIfAny() else { throw error("expected a predicate") }
        return iri
    }

    /// `subject` (rule [10]).
    private mutating func readSubject() throws -> RDFTerm {
        if let iri = try readIRIIfAny() { return iri }
        switch token {
        case .blankNode(let label):
            try advance()
            return .blank(blankNodePrefix + label)
        case .punctuation(UInt8(ascii: "(")):
            return try readCollection()
        default:
            throw error("expected a subject")
        }
    }

    /// `object` (rule [12]).
    private mutating func readObject() throws -> RDFTerm {
        if let iri = try readIRIIfAny() { return iri }
        switch token {
        case .blankNode(let label):
            try advance()
            return .blank(blankNodePrefix + label)
        case .punctuation(UInt8(ascii: "(")):
            return try readCollection()
        case .punctuation(UInt8(ascii: "[")):
            return try readBlankNodePropertyList().node
        default:
            return try readLiteral()
        }
    }

    /// `iri ::= IRIREF | PrefixedName` (rule [135s]), or nil when the token is neither.
    private mutating func readIRIIfAny() throws -> RDFTerm? {
        switch token {
        case .iri(let iri):
            try advance()
            return .iri(resolver.resolve(iri))
        case .prefixedName(let prefix, let local):
            guard let namespace = prefixes[prefix] else {
                throw error("undefined prefix '\(prefix):'; declare it with @prefix \(prefix): <...> .")
            }
            try advance()
            return .iri(namespace + local)
        default:
            return nil
        }
    }

    /// `literal` (rules [13], [128s], [16], [133s]).
    private mutating func readLiteral() throws -> RDFTerm {
        switch token {
        case .string(let text):
            try advance()
            return try readLiteralSuffix(text)
        case .integer(let text):
            try advance()
            return .literal(text, datatype: RDFTerm.xsdInteger, language: nil)
        case .decimal(let text):
            try advance()
            return .literal(text, datatype: Vocabulary.decimal, language: nil)
        case .double(let text):
            try advance()
            return .literal(text, datatype: Vocabulary.double, language: nil)
        case .word("true"), .word("false"):
            guard case .word(let text) = token else { throw error("expected a boolean") }
            try advance()
            return .literal(text, datatype: Vocabulary.boolean, language: nil)
        default:
            throw error("expected an object")
        }
    }

    /// A language tag or `^^` datatype after a string (rule [128s]).
    private mutating func readLiteralSuffix(_ text: String) throws -> RDFTerm {
        switch token {
        case .languageTag(let tag):
            try advance()
            return .text(text, language: tag)
        case .punctuation(UInt8(ascii: "^")):
            try advance()
            guard case .iri(let datatype) = try readIRIIfAny() else { throw error("expected a datatype IRI after '^^'") }
            return .literal(text, datatype: datatype, language: nil)
        default:
            return .string(text)
        }
    }

    /// Opens one more `[` or `(`; an error past ``TurtleParser/maximumDepth``.
    private mutating func enterNesting() throws {
        guard depth < TurtleParser.maximumDepth else {
            throw error("blank node property lists and collections nest deeper than \(TurtleParser.maximumDepth) levels")
        }
        depth += 1
    }

    private mutating func freshBlankNode() -> RDFTerm {
        generated += 1
        // '#' cannot occur in a BLANK_NODE_LABEL, so generated labels never clash.
        return .blank(blankNodePrefix + "#\(generated)")
    }

    /// `blankNodePropertyList ::= '[' predicateObjectList ']'` (rule [14]), or `ANON`.
    /// Tells whether it was `ANON` (`[]`).
    private mutating func readBlankNodePropertyList() throws -> (node: RDFTerm, isAnonymous: Bool) {
        try enterNesting()
        defer { depth -= 1 }
        try advance()
        let node = freshBlankNode()
        if token == .punctuation(UInt8(ascii: "]")) {
            try advance()
            return (node, true)
        }
        try readPredicateObjectList(node)
        try expect(UInt8(ascii: "]"), "to close the blank node property list")
        return (node, false)
    }

    /// `collection ::= '(' object* ')'` (rule [15]): an `rdf:first`/`rdf:rest` list.
    private mutating func readCollection() throws -> RDFTerm {
        try enterNesting()
        defer { depth -= 1 }
        try advance()
        var head: RDFTerm = Vocabulary.nil_
        var last: RDFTerm?
        while token != .punctuation(UInt8(ascii: ")")) {
            guard token != .end else { throw error("expected ')' to close the collection") }
            let cell = freshBlankNode()
            if let last {
                try emit(Triple(last, Vocabulary.rest, cell))
            } else {
                head = cell
            }
            let object = try readObject()
            try emit(Triple(cell, Vocabulary.first, object))
            last = cell
        }
        try advance()
        if let last { try emit(Triple(last, Vocabulary.rest, Vocabulary.nil_)) }
        return head
    }
}
