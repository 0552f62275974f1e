import NewsGraphCore

/// A collected node or edge into the graph model.
enum GraphMLItemConversion {
    /// The node `item` describes, with id `id`.
    ///
    /// - Throws: ``GraphMLReadError`` when the type is missing or unknown.
    static func node(_ item: GraphMLItem, id: String, file: String) throws -> Node {
        guard let typeName = item.type else {
            throw GraphMLReadError(
                .nodeType, file: file, line: item.line,
                "node '\(item.rawID ?? "")' has no type; give it <data> for a key with attr.name=\"type\" (\(typeList))")
        }
        guard let type = GraphMLDecode.nodeType(typeName) else {
            throw GraphMLReadError(
                .nodeType, file: file, line: item.line,
                "node '\(item.rawID ?? "")' has type '\(typeName)', which is none of \(typeList)")
        }
        let name = item.attributes.first { $0.key == "name" }?.value
        return Node(
            id: id, type: type, kind: item.kind, label: item.label ?? name ?? item.rawID ?? id,
            aliases: item.aliases ?? [], text: item.text, date: item.date, attributes: item.attributes,
            provenance: item.provenance, support: item.support)
    }

    /// The edge `item` describes. Without a `relation` (or `label`) it is `related_to`.
    static func edge(_ item: GraphMLItem) -> Edge {
        let name = item.relation ?? item.edgeLabel
        let relation = name.flatMap { name in known[name] ?? Relation(rawValue: name) } ?? relatedTo
        return Edge(
            source: Identifier.sanitize(item.source ?? ""), relation: relation,
            target: Identifier.sanitize(item.target ?? ""), provenance: item.provenance, support: item.support)
    }

    static let relatedTo = Relation(rawValue: "related_to") ?? .mentions

    /// The vocabulary by name, to skip re-checking the name of every edge.
    private static let known = Dictionary(uniqueKeysWithValues: Relation.vocabulary.map { ($0.rawValue, $0) })

    private static var typeList: String { NodeType.allCases.map(\.rawValue).joined(separator: ", ") }
}
