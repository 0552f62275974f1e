/// The namespaces of newsgraph's RDF view, with the prefixes Turtle output declares.
///
/// The project's own IRIs live under `https://newsgraph.dev/`: the
/// vocabulary (`ng:`), relations (`rel:`), node attributes (`attr:`), and
/// resources: nodes (`ngr:`), articles (`article:`), relation claims
/// (`claim:`) and mentions (`mention:`). Resource namespaces never overlap:
/// node ids hold no `/`.
public enum RDFNamespace: Int, CaseIterable, Sendable {
    case rdf, rdfs, owl, xsd, schema, prov, oa, skos
    case ng, rel, attr, node, article, claim, mention

    /// The prefix Turtle output declares (`ngr`).
    public var prefix: String { "\(prefixLiteral)" }

    /// The namespace IRI; a term's IRI is this followed by its local name.
    public var iri: String { "\(iriLiteral)" }

    var prefixLiteral: StaticString {
        switch self {
        case .rdf: "rdf"
        case .rdfs: "rdfs"
        case .owl: "owl"
        case .xsd: "xsd"
        case .schema: "schema"
        case .prov: "prov"
        case .oa: "oa"
        case .skos: "skos"
        case .ng: "ng"
        case .rel: "rel"
        case .attr: "attr"
        case .node: "ngr"
        case .article: "article"
        case .claim: "claim"
        case .mention: "mention"
        }
    }

    var iriLiteral: StaticString {
        switch self {
        case .rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        case .rdfs: "http://www.w3.org/2000/01/rdf-schema#"
        case .owl: "http://www.w3.org/2002/07/owl#"
        case .xsd: "http://www.w3.org/2001/XMLSchema#"
        case .schema: "https://schema.org/"
        case .prov: "http://www.w3.org/ns/prov#"
        case .oa: "http://www.w3.org/ns/oa#"
        case .skos: "http://www.w3.org/2004/02/skos/core#"
        case .ng: "https://newsgraph.dev/ns#"
        case .rel: "https://newsgraph.dev/ns/relation#"
        case .attr: "https://newsgraph.dev/ns/attribute#"
        case .node: "https://newsgraph.dev/id/"
        case .article: "https://newsgraph.dev/id/article/"
        case .claim: "https://newsgraph.dev/id/claim/"
        case .mention: "https://newsgraph.dev/id/mention/"
        }
    }

    /// The IRI of `local` in this namespace.
    public func callAsFunction(_ local: String) -> String { iri + local }

    /// The namespace `iri` lies in and the local name after it, if any. Where
    /// two namespaces match (`ngr:` and `claim:`), the longer wins.
    ///
    ///     RDFNamespace.split("https://newsgraph.dev/id/actor.israel")  // (.node, "actor.israel")
    public static func split(_ iri: String) -> (RDFNamespace, String)? {
        var best: (RDFNamespace, String)?
        for namespace in allCases where iri.utf8.starts(with: namespace.iri.utf8) {
            let length = namespace.iri.utf8.count
            if let current = best, current.0.iri.utf8.count >= length { continue }
            best = (namespace, String(decoding: iri.utf8.dropFirst(length), as: UTF8.self))
        }
        return best
    }
}
