import LibXML
import NewsGraphCore

/// Writes one graph as GraphML: the state of one ``GraphMLWriter/write(_:to:)``.
struct GraphMLEmitter {
    let xml: XMLWriter
    let plan: GraphMLKeyPlan
    let flavor: GraphMLFlavor

    /// A `<data>` value.
    enum Value {
        case text(String)
        case integer(Int)
    }

    func emit(_ graph: Graph) throws {
        try xml.startDocument()
        try startRoot()
        for key in plan.all { try declare(key) }
        if flavor == .yed { try GraphMLYEd.declareKeys(xml) }
        try xml.startElement("graph")
        try xml.attribute("id", constant: "G")
        try xml.attribute("edgedefault", constant: "directed")
        if !plan.graphKeys.isEmpty {
            try data(GraphMLKey.articles, .text(GraphMLJSON.articles(graph.articles)))
        }
        for (index, node) in graph.nodes.enumerated() { try emit(node, index: index) }
        for edge in graph.edges { try emit(edge) }
        try xml.finish()
    }

    private func startRoot() throws {
        try xml.startElement("graphml")
        try xml.attribute("xmlns", constant: "http://graphml.graphdrawing.org/xmlns")
        if flavor == .yed { try xml.attribute("xmlns:y", constant: "http://www.yworks.com/xml/graphml") }
        try xml.attribute("xmlns:xsi", constant: "http://www.w3.org/2001/XMLSchema-instance")
        switch flavor {
        case .plain:
            try xml.attribute(
                "xsi:schemaLocation",
                constant:
                    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd")
        case .yed:
            try xml.attribute(
                "xsi:schemaLocation",
                constant:
                    "http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd")
        }
    }

    private func declare(_ key: GraphMLKey) throws {
        try xml.startElement("key")
        try xml.attribute("id", key.id)
        try xml.attribute("for", key.domain.rawValue)
        try xml.attribute("attr.name", key.name)
        try xml.attribute("attr.type", key.type.rawValue)
        try xml.endElement()
    }

    private func emit(_ node: Node, index: Int) throws {
        try xml.startElement("node")
        try xml.attribute("id", node.id)
        for key in plan.nodeKeys {
            if case .attribute(let name) = key.field {
                // A repeated attribute (two makers) is one <data> per value; the reader collects them all.
                for attribute in node.attributes where attribute.key == name && !attribute.value.isEmpty {
                    try data(key, .text(attribute.value))
                }
            } else if let value = Self.value(key.field, of: node) {
                try data(key, value)
            }
        }
        if flavor == .yed { try GraphMLYEd.node(node, index: index, to: xml) }
        try xml.endElement()
    }

    private func emit(_ edge: Edge) throws {
        try xml.startElement("edge")
        try xml.attribute("id", edge.id)
        try xml.attribute("source", edge.source)
        try xml.attribute("target", edge.target)
        for key in plan.edgeKeys {
            if let value = Self.value(key.field, of: edge) { try data(key, value) }
        }
        if flavor == .yed { try GraphMLYEd.edge(edge, to: xml) }
        try xml.endElement()
    }

    private func data(_ key: GraphMLKey, _ value: Value) throws {
        switch value {
        case .text(let text): try xml.element("data", attribute: "key", key.id, text: text)
        case .integer(let integer): try xml.element("data", attribute: "key", key.id, integer: integer)
        }
    }

    /// What a node holds for `field`; nil when it has nothing for it.
    static func value(_ field: GraphMLKey.Field, of node: Node) -> Value? {
        switch field {
        case .label: .text(node.label)
        case .type: .text(node.type.rawValue)
        case .kind: nonEmpty(node.kind)
        case .aliases: node.aliases.isEmpty ? nil : .text(GraphMLJSON.strings(node.aliases))
        case .text: nonEmpty(node.text)
        case .date: nonEmpty(node.date)
        case .attribute(let key): nonEmpty(node[attribute: key])
        default: value(field, of: node.provenance, node.support)
        }
    }

    /// Empty optional strings are written as none: igraph writes `""` for every
    /// missing value, so the reader takes `""` as none, and both agree.
    static func nonEmpty(_ text: String?) -> Value? {
        guard let text, !text.isEmpty else { return nil }
        return .text(text)
    }

    /// What an edge holds for `field`; nil when it has nothing for it.
    static func value(_ field: GraphMLKey.Field, of edge: Edge) -> Value? {
        switch field {
        case .relation, .edgeLabel: .text(edge.relation.rawValue)
        default: value(field, of: edge.provenance, edge.support)
        }
    }

    /// The provenance fields: the first record, the counts and dates, and the rest as JSON.
    static func value(_ field: GraphMLKey.Field, of provenance: [Provenance], _ support: Support) -> Value? {
        switch field {
        case .mentions: return .integer(max(support.mentions, provenance.count))
        case .articleCount: return .integer(support.articles)
        case .firstDate: return nonEmpty(support.firstDate)
        case .lastDate: return nonEmpty(support.lastDate)
        default: break
        }
        if field == .moreProvenance {
            return provenance.count > 1 ? .text(GraphMLJSON.provenance(provenance.dropFirst())) : nil
        }
        guard let first = provenance.first else { return nil }
        switch field {
        case .article: return .text(first.article)
        case .sentence: return .integer(first.sentence)
        case .charStart: return .integer(first.start)
        case .charEnd: return .integer(first.end)
        case .evidence: return .text(first.evidence)
        default: return nil
        }
    }
}
