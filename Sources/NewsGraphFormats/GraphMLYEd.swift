import LibXML
import NewsGraphCore

/// The yFiles graphics of the yEd flavour: a shape, colour and label per node
/// type, the relation as edge label.
///
/// Nodes are placed on a grid (yEd has no automatic layout on load); run
/// Layout ▸ One-click layout in yEd.
enum GraphMLYEd {
    static let nodeGraphicsKey = "n_graphics"
    static let edgeGraphicsKey = "e_graphics"

    /// How a node type looks.
    struct Style {
        let fill: String
        let text: String
        let shape: String
    }

    /// Colours from the Tableau 10 palette; shapes that tell the types apart in grey-scale too.
    static func style(_ type: NodeType) -> Style {
        switch type {
        case .actor: Style(fill: "#4E79A7", text: "#FFFFFF", shape: "roundrectangle")
        case .weaponSystem: Style(fill: "#E15759", text: "#FFFFFF", shape: "hexagon")
        case .place: Style(fill: "#59A14F", text: "#FFFFFF", shape: "ellipse")
        case .statement: Style(fill: "#F1CE63", text: "#000000", shape: "rectangle")
        }
    }

    /// `<key for="node" yfiles.type="nodegraphics"/>` and its edge twin (no attr.name: yEd's own keys).
    static func declareKeys(_ xml: XMLWriter) throws {
        for (id, domain, type) in [(nodeGraphicsKey, "node", "nodegraphics"), (edgeGraphicsKey, "edge", "edgegraphics")] {
            try xml.startElement("key")
            try xml.attribute("id", id)
            try xml.attribute("for", domain)
            try xml.attribute("yfiles.type", type)
            try xml.endElement()
        }
    }

    /// `<data key="n_graphics"><y:ShapeNode>…</y:ShapeNode></data>`.
    static func node(_ node: Node, index: Int, to xml: XMLWriter) throws {
        let style = style(node.type)
        let shown = displayLabel(node.label)
        try xml.startElement("data")
        try xml.attribute("key", nodeGraphicsKey)
        try xml.startElement("y:ShapeNode")
        try xml.startElement("y:Geometry")
        try xml.attribute("height", constant: "30.0")
        try xml.attribute("width", "\(width(of: shown)).0")
        try xml.attribute("x", "\((index % 20) * 240).0")
        try xml.attribute("y", "\((index / 20) * 80).0")
        try xml.endElement()
        try xml.startElement("y:Fill")
        try xml.attribute("color", style.fill)
        try xml.attribute("transparent", constant: "false")
        try xml.endElement()
        try xml.startElement("y:BorderStyle")
        try xml.attribute("color", constant: "#000000")
        try xml.attribute("type", constant: "line")
        try xml.attribute("width", constant: "1.0")
        try xml.endElement()
        try xml.startElement("y:NodeLabel")
        try xml.attribute("textColor", style.text)
        try xml.text(shown)
        try xml.endElement()
        try xml.startElement("y:Shape")
        try xml.attribute("type", style.shape)
        try xml.endElement()
        try xml.endElement()
        try xml.endElement()
    }

    /// `<data key="e_graphics"><y:PolyLineEdge>…</y:PolyLineEdge></data>`.
    static func edge(_ edge: Edge, to xml: XMLWriter) throws {
        try xml.startElement("data")
        try xml.attribute("key", edgeGraphicsKey)
        try xml.startElement("y:PolyLineEdge")
        try xml.startElement("y:LineStyle")
        try xml.attribute("color", constant: "#555555")
        try xml.attribute("type", constant: "line")
        try xml.attribute("width", constant: "1.0")
        try xml.endElement()
        try xml.startElement("y:Arrows")
        try xml.attribute("source", constant: "none")
        try xml.attribute("target", constant: "standard")
        try xml.endElement()
        try xml.element("y:EdgeLabel", text: edge.relation.rawValue)
        try xml.endElement()
        try xml.endElement()
    }

    /// The label as shown: at most 60 characters, with `…` when cut.
    static func displayLabel(_ label: String) -> String {
        label.count <= 60 ? label : String(label.prefix(59)) + "…"
    }

    /// A box width that fits `label` in yEd's default 12 pt font.
    static func width(of label: String) -> Int {
        max(60, min(480, label.count * 7 + 20))
    }
}
