import NewsGraphFormats

/// Reads Turtle 1.1 (https://www.w3.org/TR/turtle/) into triples.
///
/// Handles prefixes and base (both `@` and SPARQL forms), relative IRIs
/// (RFC 3986), collections, blank node property lists, numeric and boolean
/// literals, long strings and every escape. Errors carry line and column.
///
/// Limits that hold for any input, each an error at its place rather than a
/// stack overflow or runaway memory: ``maximumDepth`` nested `[` and `(`,
/// ``maximumTokenLength`` bytes in one IRI, literal or name, and
/// ``maximumPrefixes`` prefix names.
///
///     let triples = try TurtleParser().parse(Array("<a> <b> 1 .".utf8))
public struct TurtleParser: Sendable {
    /// How deeply blank node property lists (`[`) and collections (`(`) may nest.
    public static let maximumDepth = 256
    /// The longest IRI, literal or name, in bytes as written (16 MiB).
    public static let maximumTokenLength = 1 << 24
    /// How many different prefix names a document may declare.
    public static let maximumPrefixes = 10_000

    /// The IRI relative IRIs resolve against until an `@base`.
    public var base: String?
    /// Put before every blank node label, so that blank nodes of several
    /// documents loaded together stay apart.
    public var blankNodePrefix: String

    public init(base: String? = nil, blankNodePrefix: String = "") {
        self.base = base
        self.blankNodePrefix = blankNodePrefix
    }

    /// Parses `bytes` (UTF-8), handing each triple to `emit` in document order.
    ///
    /// - Throws: ``TurtleError`` at the first syntax error (triples before it
    ///   were emitted), or what `emit` throws.
    public func parse(_ bytes: [UInt8], file: String? = nil, _ emit: (Triple) throws -> Void) throws {
        try withoutActuallyEscaping(emit) { emit in
            var reader = TurtleReader(bytes: bytes, parser: self, emit: emit)
            do {
                try reader.readDocument()
            } catch var error as TurtleError {
                error.file = file
                throw error
            }
        }
    }

    /// Parses `bytes` (UTF-8) into an array of triples.
    public func parse(_ bytes: [UInt8], file: String? = nil) throws -> [Triple] {
        var triples: [Triple] = []
        try parse(bytes, file: file) { triples.append($0) }
        return triples
    }
}

/// Well-known IRIs the Turtle grammar produces.
enum Vocabulary {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let type = RDFTerm.iri(rdf + "type")
    static let first = RDFTerm.iri(rdf + "first")
    static let rest = RDFTerm.iri(rdf + "rest")
    static let nil_ = RDFTerm.iri(rdf + "nil")
    static let decimal = xsd + "decimal"
    static let double = xsd + "double"
    static let boolean = xsd + "boolean"
}
