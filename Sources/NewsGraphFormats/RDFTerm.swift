/// An RDF 1.1 term: an IRI, a blank node or a literal.
public enum RDFTerm: Hashable, Comparable, Sendable {
    /// An absolute IRI, unescaped (`http://schema.org/name`).
    case iri(String)
    /// A blank node label, without `_:`.
    case blank(String)
    /// A literal: its lexical form, its datatype IRI (``RDFTerm/xsdString``
    /// for plain strings, ``RDFTerm/langString`` with a language tag) and its
    /// language tag, lower-cased.
    case literal(String, datatype: String, language: String?)

    public static let xsdString = "http://www.w3.org/2001/XMLSchema#string"
    public static let langString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
    public static let xsdInteger = "http://www.w3.org/2001/XMLSchema#integer"

    /// A plain string literal.
    public static func string(_ value: String) -> RDFTerm { .literal(value, datatype: xsdString, language: nil) }

    /// An `xsd:integer` literal.
    public static func integer(_ value: Int) -> RDFTerm { .literal(String(value), datatype: xsdInteger, language: nil) }

    /// A language-tagged string.
    public static func text(_ value: String, language: String) -> RDFTerm {
        .literal(value, datatype: langString, language: language.lowercased())
    }

    /// IRIs, then blank nodes, then literals; within each, by their parts.
    public static func < (lhs: RDFTerm, rhs: RDFTerm) -> Bool {
        lhs.sortKey < rhs.sortKey
    }

    private var sortKey: (Int, String, String, String) {
        switch self {
        case .iri(let iri): (0, iri, "", "")
        case .blank(let label): (1, label, "", "")
        case .literal(let value, let datatype, let language): (2, value, datatype, language ?? "")
        }
    }
}

/// One RDF statement.
public struct Triple: Hashable, Comparable, Sendable {
    public var subject: RDFTerm
    public var predicate: RDFTerm
    public var object: RDFTerm

    public init(_ subject: RDFTerm, _ predicate: RDFTerm, _ object: RDFTerm) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    public static func < (lhs: Triple, rhs: Triple) -> Bool {
        (lhs.subject, lhs.predicate, lhs.object) < (rhs.subject, rhs.predicate, rhs.object)
    }
}
