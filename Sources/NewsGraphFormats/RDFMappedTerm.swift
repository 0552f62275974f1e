/// A term of ``RDFMapping`` kept in parts (a namespace and a local name made
/// of ids), so that writers need not build an IRI string per term.
enum RDFMappedTerm: Equatable, Sendable {
    /// A term of the vocabularies the mapping uses (`rdfs:label`).
    case known(RDFKnownTerm)
    /// The IRI `namespace.iri + local`.
    case name(RDFNamespace, RDFLocalName)
    /// An absolute IRI taken from the input (an article's URL), unescaped.
    case iri(String)
    /// An `xsd:string` literal.
    case string(String)
    /// An `xsd:integer` literal.
    case integer(Int)

    /// The public form of the term.
    var rdfTerm: RDFTerm {
        switch self {
        case .known(let term): .iri(term.parts.0.iri + term.parts.1)
        case .name(let namespace, let local): .iri(namespace.iri + local.string)
        case .iri(let iri): .iri(iri)
        case .string(let value): .string(value)
        case .integer(let value): .integer(value)
        }
    }

    /// A term of another vocabulary (`owl:Ontology`).
    static func term(_ namespace: RDFNamespace, _ local: String) -> RDFMappedTerm {
        .name(namespace, .term(local))
    }
}

/// The local name of a ``RDFMappedTerm/name(_:_:)``.
///
/// Ids from the graph are percent-encoded outside RFC 3986 `unreserved`
/// (`[A-Za-z0-9._~-]`), so every local name is plain ASCII and decodes back
/// with ``RDFMapping/decodeLocal(_:)``. Node ids and relation names never
/// need it.
enum RDFLocalName: Equatable, Sendable {
    /// A vocabulary term, written as it is (`label`).
    case term(String)
    /// A node, article or attribute id (`actor.israel`).
    case id(String)
    /// A relation claim: `source:relation:target`, the edge's id.
    case claim(String, String, String)
    /// The `index`-th mention of a node or claim, or its target or selector:
    /// `actor.israel.0`, `actor.israel.0.target`, `actor.israel.0.selector`.
    case mention(RDFMentionOwner, Int, RDFMentionPart)

    /// Appends the local name's bytes.
    func append(to out: inout [UInt8]) {
        switch self {
        case .term(let text):
            out.append(contentsOf: text.utf8)
        case .id(let id):
            Self.appendEncoded(id, to: &out)
        case .claim(let source, let relation, let target):
            Self.appendClaim(source, relation, target, to: &out)
        case .mention(_, let index, let part):
            appendOwner(to: &out)
            out.append(0x2E)
            OutputBuffer.appendDecimal(index, to: &out)
            out.append(contentsOf: part.suffix.utf8)
        }
    }

    /// Appends the owner's part of a mention's name (nothing for other names).
    func appendOwner(to out: inout [UInt8]) {
        guard case .mention(let owner, _, _) = self else { return }
        switch owner {
        case .node(let id): Self.appendEncoded(id, to: &out)
        case .claim(let source, let relation, let target): Self.appendClaim(source, relation, target, to: &out)
        }
    }

    var string: String {
        var bytes: [UInt8] = []
        append(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendClaim(_ source: String, _ relation: String, _ target: String, to out: inout [UInt8]) {
        appendEncoded(source, to: &out)
        out.append(0x3A)
        appendEncoded(relation, to: &out)
        out.append(0x3A)
        appendEncoded(target, to: &out)
    }

    /// Appends `text` with every byte outside RFC 3986 `unreserved` (section
    /// 2.3: `ALPHA / DIGIT / "-" / "." / "_" / "~"`) percent-encoded.
    ///
    ///     "a b/c"  →  a%20b%2Fc
    static func appendEncoded(_ text: String, to out: inout [UInt8]) {
        TurtleEscaping.appendEscaped(text, to: &out, needsEscape: { !isUnreserved($0) }) { byte, out in
            TurtleEscaping.appendPercentEncoded(byte, to: &out)
        }
    }

    @inline(__always)
    static func isUnreserved(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
    }
}

/// Whose mention an annotation records.
enum RDFMentionOwner: Equatable, Sendable {
    case node(String)
    case claim(String, String, String)
}

/// The three resources of one mention.
enum RDFMentionPart: Sendable {
    /// The `oa:Annotation`.
    case annotation
    /// Its `oa:SpecificResource` target.
    case target
    /// The target's `oa:TextPositionSelector`.
    case selector

    var suffix: String { "\(suffixLiteral)" }

    var suffixLiteral: StaticString {
        switch self {
        case .annotation: ""
        case .target: ".target"
        case .selector: ".selector"
        }
    }
}
