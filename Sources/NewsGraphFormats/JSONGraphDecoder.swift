import NewsGraphCore

/// Walks a JSON Graph Format document with a ``JSONParser`` and collects
/// articles, nodes and edges into a ``GraphBuilder``.
struct JSONGraphDecoder {
    var builder = GraphBuilder()

    /// An edge as read, before its ends are looked up.
    private struct PendingEdge {
        var index: Int
        var offset: Int
        var source: String
        var target: String
        var relation: Relation
        var provenance: [Provenance]
        var support: Support
    }

    mutating func document(_ p: inout JSONParser) throws {
        guard (try? p.peekKind()) == .object else {
            throw p.error("expected a JSON Graph Format object: {\"graph\": {…}} or {\"graphs\": […]}")
        }
        var found = false
        try p.forEachMember { p, key in
            switch key {
            case "graph":
                try graph(&p)
                found = true
            case "graphs":
                try p.forEachElement { p, _ in try graph(&p) }
                found = true
            default:
                try p.skipValue()
            }
        }
        try p.finish()
        guard found else {
            throw JSONParseError(offset: 0, message: "no \"graph\" or \"graphs\" member: this is not JSON Graph Format")
        }
    }

    /// One graph object; node ids are local to it, edges are resolved at its end.
    private mutating func graph(_ p: inout JSONParser) throws {
        var ids: [String: String] = [:]
        var taken: Set<String> = []
        var edges: [PendingEdge] = []
        try p.forEachMember { p, key in
            switch key {
            case "nodes": try nodes(&p, ids: &ids, taken: &taken)
            case "edges": try p.forEachElement { p, index in edges.append(try edge(&p, index)) }
            case "metadata": try graphMetadata(&p)
            case "hyperedges":
                throw JSONParseError(
                    offset: p.memberOffset, message: "hyperedges are not supported; give the graph plain \"edges\"")
            default: try p.skipValue()
            }
        }
        for edge in edges {
            guard let source = ids[edge.source] else { throw dangling(edge, edge.source) }
            guard let target = ids[edge.target] else { throw dangling(edge, edge.target) }
            builder.add(
                Edge(
                    source: source, relation: edge.relation, target: target, provenance: edge.provenance,
                    support: edge.support))
        }
    }

    private func dangling(_ edge: PendingEdge, _ id: String) -> JSONParseError {
        JSONParseError(
            offset: edge.offset,
            message: "edges[\(edge.index)] points at node '\(id)', which is not in \"nodes\"; add the node or fix the edge")
    }

    private mutating func graphMetadata(_ p: inout JSONParser) throws {
        guard try p.peekKind() == .object else { return try p.skipValue() }
        try p.forEachMember { p, key in
            guard key == "articles" else { return try p.skipValue() }
            try p.forEachElement { p, _ in builder.add(try Self.article(&p)) }
        }
    }

    /// `nodes`: an object keyed by id (v2) or an array of objects with `id` (v1).
    private mutating func nodes(_ p: inout JSONParser, ids: inout [String: String], taken: inout Set<String>) throws {
        if try p.peekKind() == .array {
            try p.forEachElement { p, index in
                _ = try p.peekKind()
                let offset = p.offset
                var node = try JSONNodeFields.read(&p, id: nil)
                guard let raw = node.rawID else {
                    throw JSONParseError(offset: offset, message: "nodes[\(index)] has no \"id\"; in a nodes array every node needs one")
                }
                try add(&node, raw: raw, offset: offset, ids: &ids, taken: &taken)
            }
        } else {
            try p.forEachMember { p, raw in
                let offset = p.memberOffset
                var node = try JSONNodeFields.read(&p, id: raw)
                try add(&node, raw: raw, offset: offset, ids: &ids, taken: &taken)
            }
        }
    }

    private mutating func add(
        _ fields: inout JSONNodeFields, raw: String, offset: Int, ids: inout [String: String], taken: inout Set<String>
    ) throws {
        let id = Identifier.sanitize(raw)
        guard ids[raw] == nil, taken.insert(id).inserted else {
            throw JSONParseError(offset: offset, message: "duplicate node id '\(raw)'; each node needs its own id")
        }
        ids[raw] = id
        builder.add(try fields.node(id: id, offset: offset))
    }

    private func edge(_ p: inout JSONParser, _ index: Int) throws -> PendingEdge {
        guard try p.peekKind() == .object else { throw p.error("edges[\(index)] must be an object") }
        let offset = p.offset
        var source: String?
        var target: String?
        var relation: String?
        var metadataRelation: String?
        var label: String?
        var provenance: [Provenance] = []
        var support = Support.none
        try p.forEachMember { p, key in
            switch key {
            case "source": source = try Self.idText(&p)
            case "target": target = try Self.idText(&p)
            case "relation": relation = try Self.optionalString(&p)
            case "label": label = try Self.optionalString(&p)
            case "metadata":
                guard try p.peekKind() == .object else { return try p.skipValue() }
                try p.forEachMember { p, key in
                    switch key {
                    case "relation": metadataRelation = try Self.optionalString(&p)
                    case "provenance": provenance = try Self.provenance(&p)
                    default: if try !Self.readSupport(&p, key: key, into: &support) { try p.skipValue() }
                    }
                }
            default: try p.skipValue()
            }
        }
        guard let source, let target else {
            throw JSONParseError(offset: offset, message: "edges[\(index)] needs both \"source\" and \"target\"")
        }
        guard let name = relation ?? metadataRelation ?? label else {
            throw JSONParseError(offset: offset, message: "edges[\(index)] has no \"relation\"; give each edge one (supplies, attacks, …)")
        }
        // The vocabulary's names are found without the per-character check of Relation(rawValue:).
        guard let parsed = Relation.vocabulary.first(where: { $0.rawValue == name }) ?? Relation(rawValue: name) else {
            throw JSONParseError(offset: offset, message: "edges[\(index)] has an empty relation")
        }
        return PendingEdge(index: index, offset: offset, source: source, target: target, relation: parsed, provenance: provenance,
            support: support)
    }

    // MARK: small values

    static func article(_ p: inout JSONParser) throws -> Article {
        let offset = p.offset
        var fields: [String: String] = [:]
        try p.forEachMember { p, key in
            switch key {
            case "id", "source", "title", "publisher", "author", "date", "url", "note": fields[key] = try optionalString(&p)
            default: try p.skipValue()
            }
        }
        guard let id = fields["id"] else {
            throw JSONParseError(offset: offset, message: "an article in metadata.articles has no \"id\"")
        }
        return Article(
            id: id, source: fields["source"] ?? id, title: fields["title"], publisher: fields["publisher"],
            author: fields["author"], date: fields["date"], url: fields["url"], note: fields["note"])
    }

    /// Reads member `key` of a node's or edge's metadata into `support` when
    /// it is one of the support fields newsgraph writes (`mentions` and
    /// `articles` as integers, `first_date` and `last_date` as strings);
    /// false, reading nothing, for any other member.
    static func readSupport(_ p: inout JSONParser, key: String, into support: inout Support) throws -> Bool {
        switch (key, try p.peekKind()) {
        case ("mentions", .number): support.mentions = try p.readInt()
        case ("articles", .number): support.articles = try p.readInt()
        case ("first_date", .string): support.firstDate = try p.readString()
        case ("last_date", .string): support.lastDate = try p.readString()
        case ("mentions", _): try p.skipValue()
        default: return false
        }
        return true
    }

    static func provenance(_ p: inout JSONParser) throws -> [Provenance] {
        var out: [Provenance] = []
        try p.forEachElement { p, _ in
            var place = Provenance(article: "", sentence: 0, start: 0, end: 0, evidence: "")
            let offset = p.offset
            try p.forEachMember { p, key in
                switch key {
                case "article": place.article = try p.readString()
                case "sentence": place.sentence = try p.readInt()
                case "start": place.start = try p.readInt()
                case "end": place.end = try p.readInt()
                case "evidence": place.evidence = try p.readString()
                default: try p.skipValue()
                }
            }
            // GraphML and Turtle cannot hold a record without its article.
            guard !place.article.isEmpty else {
                throw JSONParseError(offset: offset, message: "a provenance record has no \"article\"; give the id of the article it was read in")
            }
            out.append(place)
        }
        return out
    }

    /// A string, or nil for `null`.
    static func optionalString(_ p: inout JSONParser) throws -> String? {
        p.readNull() ? nil : try p.readString()
    }

    /// A node id as a string or a number (v1 files use both).
    static func idText(_ p: inout JSONParser) throws -> String {
        try p.peekKind() == .number ? p.readNumberText() : p.readString()
    }
}
