import NewsGraphCore

/// The RDF view of a ``Graph``: a deterministic sequence of triples.
///
/// ``TurtleWriter`` writes exactly these triples; a reader of that Turtle can
/// rebuild the graph from them. All triples of one subject come together.
///
/// ## Namespaces (see ``RDFNamespace``)
///
/// | prefix | IRI | holds |
/// |---|---|---|
/// | `ng:` | `https://newsgraph.dev/ns#` | the vocabulary (`schemas/newsgraph.ttl`) |
/// | `rel:` | `https://newsgraph.dev/ns/relation#` | one property per relation (`rel:supplies`) |
/// | `attr:` | `https://newsgraph.dev/ns/attribute#` | one property per attribute key (`attr:maker`) |
/// | `ngr:` | `https://newsgraph.dev/id/` | nodes: `ngr:` + node id |
/// | `article:` | `https://newsgraph.dev/id/article/` | articles: `article:` + article id |
/// | `claim:` | `https://newsgraph.dev/id/claim/` | edges: `claim:` + edge id (`source:relation:target`) |
/// | `mention:` | `https://newsgraph.dev/id/mention/` | provenance: `mention:` + owner + `.` + index |
///
/// Local names are ids percent-encoded outside `[A-Za-z0-9._~-]` (node ids
/// and relation names never need it); ``decodeLocal(_:)`` undoes it, and
/// ``RDFNamespace/split(_:)`` cuts an IRI into namespace and local name.
///
/// ## Triples, in order
///
/// 1. Per attribute key used, `attr:KEY rdfs:subPropertyOf ng:attribute`; per
///    relation used, `rel:NAME rdfs:subPropertyOf ng:relation`.
/// 2. Per article: `article:ID a schema:NewsArticle ; ng:source "file"`, and
///    where known `schema:headline`, `schema:publisher`, `schema:author`,
///    `schema:datePublished` (strings as given), `schema:url` (an IRI,
///    percent-encoded as Turtle requires, when it has a scheme; else a string)
///    and `ng:note`.
/// 3. Per node, in id order:
///    - `ngr:ID a ng:Actor` (`ng:WeaponSystem`, `ng:Place`, `ng:Statement`;
///      a statement is also `a schema:Quotation`);
///    - `ng:kind "Country"` (if any), `rdfs:label "…"`, `ng:alias "…"` (each,
///      sorted), `schema:text "…"` and `ng:date "…"` (if any), `attr:KEY "value"`
///      (each), its support: `ng:mentionCount N`, `ng:articleCount N`, and
///      `ng:firstDate`/`ng:lastDate` (ISO dates) where known;
///    - on a statement only, derived from its edges and provenance (a
///      decoder ignores them): `schema:creator` and `prov:wasAttributedTo`
///      each speaker (source of a `states` edge), `schema:isPartOf` and
///      `prov:wasQuotedFrom` each article, `schema:mentions` each target of a
///      `mentions` edge;
///    - per outgoing edge: `ngr:SOURCE rel:RELATION ngr:TARGET` (the edge).
///    - then its mentions (below), owner = node id.
/// 4. Per edge, in (source, relation, target) order, the claim:
///    `claim:S:R:T a rdf:Statement ; rdf:subject ngr:S ; rdf:predicate rel:R ;
///    rdf:object ngr:T ; ng:mentionCount N ; ng:articleCount N ; prov:wasDerivedFrom article:A`
///    (each distinct article); then its mentions, owner = `S:R:T`.
/// 5. A mention (provenance entry number `k` of its owner, in order):
///    `mention:OWNER.k a oa:Annotation ; oa:motivatedBy oa:identifying ;
///    oa:hasBody ngr:ID (or the claim) ; oa:hasTarget mention:OWNER.k.target ;
///    ng:sentence N ; ng:evidence "sentence"`;
///    `mention:OWNER.k.target a oa:SpecificResource ; oa:hasSource article:A ;
///    oa:hasSelector mention:OWNER.k.selector`;
///    `mention:OWNER.k.selector a oa:TextPositionSelector ; oa:start S ; oa:end E`
///    (Unicode code points, half-open, as ``Provenance``).
///
/// ## Reading a graph back
///
/// Nodes: subjects typed `ng:Actor`… in `ngr:`; id = decoded local name;
/// label, kind, aliases, text, date, attributes as above. Edges: triples
/// whose predicate is in `rel:` between two `ngr:` IRIs. Provenance: each
/// `oa:Annotation` with its `oa:hasBody`; article = local name of
/// `oa:hasSource`, start/end from the selector, sentence and evidence from
/// the annotation; sort them as ``Provenance`` sorts. Articles: subjects
/// typed `schema:NewsArticle`. Everything marked derived above can be skipped.
/// Literals are plain `xsd:string` or `xsd:integer`, no language tags; no
/// blank nodes are used.
public struct RDFMapping: Sendable {
    public init() {}

    /// All triples of `graph`'s RDF view, in order.
    public func triples(_ graph: Graph) -> [Triple] {
        var collector = RDFTripleCollector()
        // The collector does not throw.
        try? emit(graph, into: &collector)
        return collector.triples
    }

    /// The number of triples of `graph`'s RDF view, without building them.
    public func count(_ graph: Graph) -> Int {
        var counter = RDFTripleCounter()
        try? emit(graph, into: &counter)
        return counter.count
    }

    /// Decodes a local name of a resource namespace back to the id it was made from.
    ///
    ///     RDFMapping.decodeLocal("a%20b")  // "a b"
    public static func decodeLocal(_ local: String) -> String {
        guard local.utf8.contains(0x25) else { return local }
        var bytes: [UInt8] = []
        var input = Array(local.utf8)[...]
        while let byte = input.popFirst() {
            if byte == 0x25, input.count >= 2, let high = hexValue(input[input.startIndex]),
                let low = hexValue(input[input.startIndex + 1])
            {
                bytes.append(high << 4 | low)
                input = input.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    /// Sends every triple of `graph`'s RDF view to `handler`, in order.
    func emit<Handler: RDFTripleHandler>(_ graph: Graph, into handler: inout Handler) throws {
        var pass = RDFMappingPass(graph: graph)
        try pass.emit(into: &handler)
    }
}
