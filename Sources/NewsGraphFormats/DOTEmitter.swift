import NewsGraphCore

/// The state of one DOT write: the output block and a scratch buffer.
struct DOTEmitter {
    private var out: OutputBuffer
    private var scratch: [UInt8] = []
    private let labelLength: Int
    private let large: Bool
    private let legend: Bool

    init(_ sink: ByteSink, labelLength: Int, large: Bool, legend: Bool) {
        out = OutputBuffer(sink)
        self.labelLength = labelLength
        self.large = large
        self.legend = legend
    }

    mutating func write(_ graph: Graph) throws {
        writeHeader(graph)
        if legend { writeLegend() }
        for node in graph.nodes {
            writeNode(node)
            try out.flushIfFull()
        }
        let groups = DOTStyle.edgeGroups + [DOTStyle.otherGroup]
        for (group, indices) in zip(groups, Self.edgesByGroup(graph.edges)) where !indices.isEmpty {
            // One subgraph per group sets the group's look once for its edges.
            out.append("  subgraph {\n    edge [")
            writeEdgeLook(group)
            out.append("];\n")
            try graph.edges.withUnsafeBufferPointer { edges in
                for index in indices {
                    writeEdge(edges, index)
                    try out.flushIfFull()
                }
            }
            out.append("  }\n")
        }
        out.append("}\n")
        try out.finish()
    }

    private mutating func writeHeader(_ graph: Graph) {
        out.append("digraph \"newsgraph\" {\n  graph [charset=\"UTF-8\", fontname=\"Helvetica\", ")
        if large {
            out.append("layout=\"sfdp\", overlap=\"prism\", splines=\"false\", outputorder=\"edgesfirst\", ")
        } else {
            out.append("rankdir=\"LR\", ")
        }
        out.append("labelloc=\"t\", label=")
        let articles = graph.articles.count == 1 ? "1 article" : "\(graph.articles.count) articles"
        quoted("\(graph.nodes.count) nodes, \(graph.edges.count) edges from \(articles)")
        out.append("];\n  node [fontname=\"Helvetica\", fontsize=\"10\"];\n")
        out.append("  edge [fontname=\"Helvetica\", fontsize=\"8\"];\n")
    }

    /// A cluster with one node per node look and one edge per relation group.
    private mutating func writeLegend() {
        out.append("  subgraph \"cluster_legend\" {\n    graph [label=\"Legend\", fontsize=\"10\", style=\"rounded\"];\n")
        for (index, entry) in DOTStyle.legendNodes.enumerated() {
            out.append("    \"legend:node:")
            out.appendDecimal(index)
            out.append("\" [label=")
            quoted(entry.2)
            writeLook(DOTStyle.look(entry.0, kind: entry.1))
            out.append("];\n")
        }
        for group in DOTStyle.edgeGroups + [DOTStyle.otherGroup] {
            out.append("    \"legend:\(group.name):from\" [shape=\"point\", label=\"\"];\n")
            out.append("    \"legend:\(group.name):to\" [shape=\"point\", label=\"\"];\n")
            out.append("    \"legend:\(group.name):from\" -> \"legend:\(group.name):to\" [label=")
            quoted(group.relations.isEmpty ? "other relations" : group.relations.map(\.rawValue).joined(separator: ", "))
            out.append(", ")
            writeEdgeLook(group)
            out.append("];\n")
        }
        out.append("  }\n")
    }

    private mutating func writeNode(_ node: Node) {
        out.append("  ")
        quoted(node.id)
        out.append(" [label=")
        if node.type == .statement {
            quoted("“" + DOTEscaping.shortened(node.text ?? node.label, to: labelLength) + "”")
        } else {
            quoted(DOTEscaping.shortened(node.label, to: labelLength))
        }
        writeLook(DOTStyle.look(node.type, kind: node.kind))
        out.append(", tooltip=")
        writeTooltip(node)
        out.append("];\n")
    }

    private mutating func writeLook(_ look: DOTStyle.NodeLook) {
        out.append(", shape=\"")
        out.append(look.shape)
        out.append("\", style=\"")
        out.append(look.style)
        out.append("\", fillcolor=\"")
        out.append(look.fill)
        out.append("\"")
    }

    /// The positions of the edges of each group of ``DOTStyle/edgeGroups``, then of the other relations.
    static func edgesByGroup(_ edges: [Edge]) -> [[Int]] {
        var groups = [[Int]](repeating: [], count: DOTStyle.edgeGroups.count + 1)
        var lastRelation: Relation?
        var lastGroup = DOTStyle.edgeGroups.count
        edges.withUnsafeBufferPointer { edges in
            for index in edges.indices {
                if edges[index].relation != lastRelation {
                    lastRelation = edges[index].relation
                    lastGroup = DOTStyle.edgeGroups.firstIndex { $0.relations.contains(edges[index].relation) }
                        ?? DOTStyle.edgeGroups.count
                }
                groups[lastGroup].append(index)
            }
        }
        return groups
    }

    /// Writes `edges[index]`, reading its fields in place (passing the edge
    /// itself would copy it).
    private mutating func writeEdge(_ edges: UnsafeBufferPointer<Edge>, _ index: Int) {
        out.append("    ")
        quoted(edges[index].source)
        out.append(" -> ")
        quoted(edges[index].target)
        out.append(large ? " [" : " [label=")
        if !large {
            quoted(edges[index].relation.rawValue)
            out.append(", ")
        }
        out.append("tooltip=\"")
        DOTEscaping.appendQuotedContent(edges[index].relation.rawValue, to: &out.bytes)
        out.append(": ")
        let mentions = edges[index].provenance.count
        out.appendDecimal(mentions)
        out.append(mentions == 1 ? " mention\"" : " mentions\"")
        if mentions > 1 {
            out.append(", penwidth=\"")
            out.appendDecimal(min(mentions, 5))
            out.append("\"")
        }
        out.append("];\n")
    }

    /// `color="…", fontcolor="…", style="…"`.
    private mutating func writeEdgeLook(_ group: DOTStyle.EdgeGroup) {
        out.append("color=\"")
        out.append(group.color)
        out.append("\", fontcolor=\"")
        out.append(group.color)
        out.append("\", style=\"")
        out.append(group.style)
        out.append("\"")
    }

    /// `text` double-quoted and escaped.
    private mutating func quoted(_ text: String) {
        out.append(0x22)
        DOTEscaping.appendQuotedContent(text, to: &out.bytes)
        out.append(0x22)
    }

    /// What hovering over a node shows, one part a line: type, kind and
    /// date; the full text or label; aliases; attributes; mentions.
    private mutating func writeTooltip(_ node: Node) {
        out.append("\"")
        out.append(node.type.rawValue)
        if let kind = node.kind { part(" · ", kind) }
        if let date = node.date { part(" · ", date) }
        part("\\n", node.text ?? node.label)
        for (index, alias) in node.aliases.enumerated() { part(index == 0 ? "\\nalso: " : "; ", alias) }
        for attribute in node.attributes {
            part("\\n", attribute.key)
            part(": ", attribute.value)
        }
        out.append("\\n")
        out.appendDecimal(node.provenance.count)
        out.append(node.provenance.count == 1 ? " mention\"" : " mentions\"")
    }

    /// `separator` as it is, then `text` escaped.
    private mutating func part(_ separator: StaticString, _ text: String) {
        out.append(separator)
        DOTEscaping.appendQuotedContent(text, to: &out.bytes)
    }
}
