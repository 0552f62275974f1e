/// How a `<key>` declared by any tool is read: the field it fills per domain.
struct GraphMLReadKey {
    var graph: GraphMLKey.Field?
    var node: GraphMLKey.Field?
    var edge: GraphMLKey.Field?
    /// The `<default>` value, applied to elements without `<data>` for the key.
    var defaultValue: String?

    /// Maps a key from its `for` and `attr.name`. Keys without `attr.name`
    /// (yFiles graphics) fill nothing.
    ///
    /// Node keys with names newsgraph does not know become node attributes
    /// (`attr_<key>` is newsgraph's own spelling); unknown edge and graph keys
    /// are ignored. `interaction` (Cytoscape) is read as the relation.
    init(domain: String, name: String?) {
        guard let name, !name.isEmpty else { return }
        let all = domain == "all"
        if all || domain == "graph" { graph = name == "articles" ? .articles : nil }
        if all || domain == "node" { node = Self.node(name) }
        if all || domain == "edge" { edge = Self.edge(name) }
    }

    private static func node(_ name: String) -> GraphMLKey.Field {
        switch name {
        case "label": .label
        case "type": .type
        case "kind": .kind
        case "aliases": .aliases
        case "text": .text
        case "date": .date
        default:
            provenance(name)
                ?? .attribute(
                    name.hasPrefix("attr_")
                        ? GraphMLName.key(fromToken: String(name.dropFirst(5))) : name)
        }
    }

    private static func edge(_ name: String) -> GraphMLKey.Field? {
        switch name {
        case "relation", "interaction": .relation
        case "label": .edgeLabel
        default: provenance(name)
        }
    }

    private static func provenance(_ name: String) -> GraphMLKey.Field? {
        switch name {
        case "article": .article
        case "sentence": .sentence
        case "char_start": .charStart
        case "char_end": .charEnd
        case "evidence": .evidence
        case "mentions": .mentions
        case "article_count": .articleCount
        case "first_date": .firstDate
        case "last_date": .lastDate
        case "more_provenance": .moreProvenance
        default: nil
        }
    }
}
