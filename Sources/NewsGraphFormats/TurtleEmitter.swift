import NewsGraphCore

/// Writes a stream of triples as Turtle for the duration of one write: the
/// `@prefix` lines, then one block per subject, its triples joined with `;`
/// and the objects of a repeated predicate with `,`; `a` for `rdf:type`.
struct TurtleEmitter: RDFTripleHandler {
    private var out: OutputBuffer
    private var scratch: [UInt8] = []
    private var inBlock = false
    /// The raw value of the last predicate when it was a known term, -1 for
    /// another term, nil at the start of a block. Only known predicates
    /// are grouped with `,` (others repeat, which is as valid).
    private var previousPredicate: Int?
    /// Each ``RDFKnownTerm`` as written (`rdfs:label`), by raw value.
    private let known: [[UInt8]]
    /// The owner of the last claim or mention name written, its local name,
    /// and whether that may begin a prefixed name: a claim and its mentions
    /// come together, so each owner is encoded once.
    private var owner: RDFMentionOwner?
    private var ownerLocal: [UInt8] = []
    private var ownerIsPrefixable = false
    /// Whether mentions are written from a template (the fast path) rather than triple by triple.
    private let mentionTemplate: Bool

    /// Starts the document with one `@prefix` line per ``RDFNamespace``.
    /// `mentionTemplate` false writes mentions triple by triple (for tests:
    /// both ways give the same bytes).
    init(_ sink: ByteSink, mentionTemplate: Bool = true) {
        out = OutputBuffer(sink)
        self.mentionTemplate = mentionTemplate
        scratch.reserveCapacity(256)
        var scratch: [UInt8] = []
        known = RDFKnownTerm.allCases.map { term in
            var bytes: [UInt8] = []
            Self.appendName(term.parts.0, .term(term.parts.1), to: &bytes, scratch: &scratch)
            return bytes
        }
        for namespace in RDFNamespace.allCases {
            out.append("@prefix ")
            out.append(namespace.prefixLiteral)
            out.append(": <")
            out.append(namespace.iriLiteral)
            out.append("> .\n")
        }
    }

    mutating func subject(_ subject: RDFMappedTerm) throws {
        out.append(inBlock ? " .\n\n" : "\n")
        write(subject)
        inBlock = true
        previousPredicate = nil
        try out.flushIfFull()
    }

    mutating func triple(_ predicate: RDFMappedTerm, _ object: RDFMappedTerm) throws {
        var key = -1
        if case .known(let term) = predicate { key = term.rawValue }
        if key >= 0, key == previousPredicate {
            out.append(" ,\n        ")
        } else {
            out.append(previousPredicate == nil ? " " : " ;\n    ")
            if key == RDFKnownTerm.type.rawValue {
                out.append(0x61)
            } else {
                write(predicate)
            }
            out.append(0x20)
            previousPredicate = key
        }
        write(object)
    }

    /// The triples of ``RDFTripleHandler/emitMention(of:body:index:_:)`` from
    /// a template: the same bytes, without a call per triple.
    mutating func mention(of owner: RDFMentionOwner, body: RDFMappedTerm, index: Int, _ place: Provenance) throws {
        guard mentionTemplate else { return try emitMention(of: owner, body: body, index: index, place) }
        let target = RDFMappedTerm.name(.mention, .mention(owner, index, .target))
        let selector = RDFMappedTerm.name(.mention, .mention(owner, index, .selector))
        out.append(inBlock ? " .\n\n" : "\n")
        write(.name(.mention, .mention(owner, index, .annotation)))
        out.append(" a oa:Annotation ;\n    oa:motivatedBy oa:identifying ;\n    oa:hasBody ")
        write(body)
        out.append(" ;\n    oa:hasTarget ")
        write(target)
        out.append(" ;\n    ng:sentence ")
        out.appendDecimal(place.sentence)
        out.append(" ;\n    ng:evidence \"")
        TurtleEscaping.appendStringContent(place.evidence, to: &out.bytes)
        out.append("\" .\n\n")
        write(target)
        out.append(" a oa:SpecificResource ;\n    oa:hasSource ")
        write(RDFMappingPass.articleTerm(place.article))
        out.append(" ;\n    oa:hasSelector ")
        write(selector)
        out.append(" .\n\n")
        write(selector)
        out.append(" a oa:TextPositionSelector ;\n    oa:start ")
        out.appendDecimal(place.start)
        out.append(" ;\n    oa:end ")
        out.appendDecimal(place.end)
        inBlock = true
        previousPredicate = RDFKnownTerm.end.rawValue
        try out.flushIfFull()
    }

    /// Ends the last statement and flushes the sink.
    mutating func finish() throws {
        if inBlock { out.append(" .\n") }
        try out.finish()
    }

    private mutating func write(_ term: RDFMappedTerm) {
        switch term {
        case .known(let term):
            out.append(contentsOf: known[term.rawValue])
        case .name(let namespace, .claim(let source, let relation, let target)):
            appendOwned(namespace, .claim(source, relation, target), nil)
        case .name(let namespace, .mention(let owner, let index, let part)):
            appendOwned(namespace, owner, (index, part))
        case .name(let namespace, let local):
            Self.appendName(namespace, local, to: &out.bytes, scratch: &scratch)
        case .iri(let iri):
            out.append(0x3C)
            TurtleEscaping.appendIRIContent(iri, to: &out.bytes)
            out.append(0x3E)
        case .string(let value):
            out.append(0x22)
            TurtleEscaping.appendStringContent(value, to: &out.bytes)
            out.append(0x22)
        case .integer(let value):
            out.appendDecimal(value)
        }
    }

    /// A claim's name (`mention` nil) or one of its or a node's mention names,
    /// from the owner's cached local name.
    private mutating func appendOwned(_ namespace: RDFNamespace, _ owner: RDFMentionOwner, _ mention: (Int, RDFMentionPart)?) {
        if owner != self.owner {
            ownerLocal.removeAll(keepingCapacity: true)
            switch owner {
            case .node(let id): RDFLocalName.mention(.node(id), 0, .annotation).appendOwner(to: &ownerLocal)
            case .claim(let s, let r, let t): RDFLocalName.claim(s, r, t).append(to: &ownerLocal)
            }
            ownerIsPrefixable = TurtleEscaping.isPrefixedLocalStart(ownerLocal)
            self.owner = owner
        }
        // A mention's name ends in a digit or a letter; a claim's is the owner's name.
        let prefixed = ownerIsPrefixable && (mention != nil || ownerLocal.last != 0x2E)
        if prefixed {
            out.append(namespace.prefixLiteral)
            out.append(0x3A)
        } else {
            out.append(0x3C)
            out.append(namespace.iriLiteral)
        }
        out.append(contentsOf: ownerLocal)
        if let (index, part) = mention {
            out.append(0x2E)
            out.appendDecimal(index)
            out.append(part.suffixLiteral)
        }
        if !prefixed { out.append(0x3E) }
    }

    /// `prefix:local` when the local name is plainly safe, else `<namespace local>`.
    /// `scratch` is working space, so that no array is allocated per name.
    private static func appendName(
        _ namespace: RDFNamespace, _ local: RDFLocalName, to bytes: inout [UInt8], scratch: inout [UInt8]
    ) {
        scratch.removeAll(keepingCapacity: true)
        local.append(to: &scratch)
        if TurtleEscaping.isPrefixedLocal(scratch) {
            namespace.prefixLiteral.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(0x3A)
            bytes.append(contentsOf: scratch)
        } else {
            // Local names are ASCII and percent-encoded: valid inside IRIREF as they are.
            bytes.append(0x3C)
            namespace.iriLiteral.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: scratch)
            bytes.append(0x3E)
        }
    }
}
