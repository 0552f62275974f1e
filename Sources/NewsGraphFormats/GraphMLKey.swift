/// One `<key>` of the GraphML newsgraph writes: its id, domain, name, type,
/// and the part of the graph model it carries.
///
/// Key ids are descriptive (`label`, `n_kind`, `e_relation`), never `d3` or
/// `d7`, which Gephi takes for the label whatever their `attr.name`. Every key
/// names one domain (`node`, `edge`, `graph`, never `all`, which igraph
/// ignores) and has an `attr.type`.
struct GraphMLKey: Hashable, Sendable {
    enum Domain: String, Sendable {
        case graph, node, edge
    }

    enum ValueType: String, Sendable {
        case string, int
    }

    /// What the key holds in the graph model.
    enum Field: Hashable, Sendable {
        /// The graph's articles, as a JSON list of objects (graph domain).
        case articles
        case label, type, kind, aliases, text, date
        /// A node attribute; the payload is the attribute key.
        case attribute(String)
        /// The first provenance record.
        case article, sentence, charStart, charEnd, evidence
        /// How many mentions support the node or edge (exact, also where provenance is capped).
        case mentions
        /// How many articles support it, and the first and last of their dates.
        case articleCount, firstDate, lastDate
        /// The provenance records after the first, as a JSON list of objects.
        case moreProvenance
        case relation
        /// The edge's label: its relation again, for tools that show `label`.
        case edgeLabel
    }

    let id: String
    let domain: Domain
    /// The `attr.name`: an NMTOKEN.
    let name: String
    let type: ValueType
    let field: Field
}

extension GraphMLKey {
    static let articles = GraphMLKey(id: "g_articles", domain: .graph, name: "articles", type: .string, field: .articles)

    static let label = GraphMLKey(id: "label", domain: .node, name: "label", type: .string, field: .label)
    static let type = GraphMLKey(id: "n_type", domain: .node, name: "type", type: .string, field: .type)
    static let kind = GraphMLKey(id: "n_kind", domain: .node, name: "kind", type: .string, field: .kind)
    static let aliases = GraphMLKey(id: "n_aliases", domain: .node, name: "aliases", type: .string, field: .aliases)
    static let text = GraphMLKey(id: "n_text", domain: .node, name: "text", type: .string, field: .text)
    static let date = GraphMLKey(id: "n_date", domain: .node, name: "date", type: .string, field: .date)

    static let relation = GraphMLKey(id: "e_relation", domain: .edge, name: "relation", type: .string, field: .relation)
    static let edgeLabel = GraphMLKey(id: "e_label", domain: .edge, name: "label", type: .string, field: .edgeLabel)

    /// The key of node attribute `key`: id `n_attr_<key>`, name `attr_<key>`
    /// (prefixed so that no attribute can clash with a fixed key).
    static func attribute(_ key: String) -> GraphMLKey {
        let token = GraphMLName.token(key)
        return GraphMLKey(id: "n_attr_" + token, domain: .node, name: "attr_" + token, type: .string, field: .attribute(key))
    }

    /// The mention count of a node or an edge.
    static func mentions(_ domain: Domain) -> GraphMLKey {
        GraphMLKey(id: prefix(domain) + "mentions", domain: domain, name: "mentions", type: .int, field: .mentions)
    }

    /// The keys of a node's or an edge's ``Support`` beyond its mention count.
    static func support(_ domain: Domain, dates: Bool) -> [GraphMLKey] {
        var keys = [GraphMLKey(id: prefix(domain) + "article_count", domain: domain, name: "article_count", type: .int, field: .articleCount)]
        if dates {
            keys.append(GraphMLKey(id: prefix(domain) + "first_date", domain: domain, name: "first_date", type: .string, field: .firstDate))
            keys.append(GraphMLKey(id: prefix(domain) + "last_date", domain: domain, name: "last_date", type: .string, field: .lastDate))
        }
        return keys
    }

    /// The keys of the first provenance record of a node or an edge.
    static func provenance(_ domain: Domain) -> [GraphMLKey] {
        let fields: [(String, ValueType, Field)] = [
            ("article", .string, .article), ("sentence", .int, .sentence), ("char_start", .int, .charStart),
            ("char_end", .int, .charEnd), ("evidence", .string, .evidence),
        ]
        return fields.map { GraphMLKey(id: prefix(domain) + $0.0, domain: domain, name: $0.0, type: $0.1, field: $0.2) }
    }

    /// The provenance records after the first.
    static func moreProvenance(_ domain: Domain) -> GraphMLKey {
        GraphMLKey(
            id: prefix(domain) + "more_provenance", domain: domain, name: "more_provenance", type: .string,
            field: .moreProvenance)
    }

    private static func prefix(_ domain: Domain) -> String {
        switch domain {
        case .graph: "g_"
        case .node: "n_"
        case .edge: "e_"
        }
    }
}
