import LibXML
import NewsGraphCore

/// Reads one GraphML document, element by element: the state of one
/// ``GraphMLReader`` call.
///
/// Nested graphs are flattened (their nodes and edges join the top-level
/// graph); ports, `desc` and yFiles graphics are skipped.
final class GraphMLParser {
    private let file: String
    private var keys: [String: GraphMLReadKey] = [:]
    private var keyLines: [String: Int] = [:]
    /// The key being declared, until `</key>`.
    private var pendingKey: (id: String, key: GraphMLReadKey)?
    private var current: GraphMLItem?
    private var articles: [Article] = []
    private var nodes: [Node] = []
    private var nodeLines: [String: Int] = [:]
    private var edges: [Edge] = []
    /// Per edge: its `id` when it is not the derived ``Edge/id`` (or nil),
    /// whether its `id` is the derived one, and its line.
    private var edgeItems: [(ownID: String?, derived: Bool, line: Int)] = []
    /// Lines of edge ids other than the derived ones (other tools' ids).
    private var edgeLines: [String: Int] = [:]
    /// Evidence sentences, stored once however many mentions share them.
    private var sentences: Set<String> = []

    init(file: String) { self.file = file }

    /// Reads everything `reader` holds and builds the graph.
    func graph(from reader: XMLReader) throws -> Graph {
        while let kind = try reader.read() {
            switch kind {
            case .startElement: try start(reader)
            case .endElement: try end(reader)
            default: continue
            }
        }
        try checkEdges()
        do {
            let graph = try Graph(articles: articles, nodes: nodes, edges: edges)
            // Fewer edges: some were merged; an edge written twice with its derived id is an error.
            if graph.edges.count < edges.count { try checkDerivedIDs() }
            return graph
        } catch let error as GraphError {
            // Duplicates and dangling edges are caught above, with lines; this is the rest.
            let code: GraphMLReadError.Code =
                switch error.code {
                case .duplicateNode: .duplicateID
                case .danglingEdge: .danglingEdge
                case .invalidID, .sharedArticle: .badValue
                }
            throw GraphMLReadError(code, file: file, line: 0, error.description)
        }
    }

    private func start(_ reader: XMLReader) throws {
        if reader.depth == 0 && !reader.isNamed("graphml") {
            throw error(.unsupported, reader, "this is not GraphML: the root element is <\(reader.localName)>, not <graphml>")
        }
        if reader.isNamed("data") {
            try data(reader)
        } else if reader.isNamed("node") {
            try begin(.node, reader)
        } else if reader.isNamed("edge") {
            try begin(.edge, reader)
        } else if reader.isNamed("key") {
            try declareKey(reader)
        } else if reader.isNamed("default"), pendingKey != nil {
            pendingKey?.key.defaultValue = try reader.readElementText()
        } else if reader.isNamed("graph") {
            // A nested graph: what its parent said comes before it; flatten.
            try finishCurrent()
        } else if reader.isNamed("hyperedge") {
            throw error(.unsupported, reader, "hyperedges are not supported; newsgraph graphs have binary edges only")
        } else if reader.isNamed("desc") || reader.isNamed("port") || reader.isNamed("locator") {
            try reader.skipElement()
        }
    }

    private func end(_ reader: XMLReader) throws {
        if reader.isNamed("node") || reader.isNamed("edge") {
            try finishCurrent()
        } else if reader.isNamed("key") {
            commitKey()
        }
    }

    private func declareKey(_ reader: XMLReader) throws {
        guard let id = reader.attribute("id") else {
            throw error(.unsupported, reader, "a <key> has no id; give every key an id")
        }
        if let first = keyLines[id] {
            throw error(.duplicateID, reader, "key id '\(id)' is declared twice (first on line \(first)); key ids must be unique")
        }
        keyLines[id] = reader.line
        pendingKey = (id, GraphMLReadKey(domain: reader.attribute("for") ?? "all", name: reader.attribute("attr.name")))
        if reader.isEmptyElement { commitKey() }
    }

    private func commitKey() {
        guard let pendingKey else { return }
        keys[pendingKey.id] = pendingKey.key
        self.pendingKey = nil
    }

    private func begin(_ element: GraphMLItem.Element, _ reader: XMLReader) throws {
        try finishCurrent()
        let id = reader.attribute("id")
        if element == .node {
            guard let id else { throw error(.unsupported, reader, "a <node> has no id; give every node an id") }
            current = GraphMLItem(.node, rawID: id, line: reader.line)
        } else {
            guard let source = reader.attribute("source"), let target = reader.attribute("target") else {
                throw error(.unsupported, reader, "an <edge> lacks its source or target attribute; give both")
            }
            current = GraphMLItem(.edge, rawID: id, source: source, target: target, line: reader.line)
        }
        if reader.isEmptyElement { try finishCurrent() }
    }

    private func data(_ reader: XMLReader) throws {
        guard let keyID = reader.attribute("key") else {
            throw error(.undeclaredKey, reader, "a <data> element has no key attribute")
        }
        guard let key = keys[keyID] else {
            throw error(.undeclaredKey, reader, "<data> names key '\(keyID)', which no <key> declares before it; declare it")
        }
        let field = current.map { $0.element == .node ? key.node : key.edge } ?? key.graph
        guard let field else { return try reader.skipElement() }
        let line = reader.line
        let value = try reader.readElementText()
        if current != nil {
            if let problem = current?.set(field, value) {
                throw GraphMLReadError(.badValue, file: file, line: line, "key '\(keyID)': \(problem)")
            }
        } else if field == .articles {
            guard let read = GraphMLDecode.articles(value) else {
                throw GraphMLReadError(
                    .badValue, file: file, line: line, "key '\(keyID)': articles is not a JSON list of article objects")
            }
            articles += read
        }
    }

    private func finishCurrent() throws {
        guard var item = current else { return }
        current = nil
        applyDefaults(to: &item)
        switch item.element {
        case .node: try finishNode(item)
        case .edge: try finishEdge(item)
        }
    }

    /// The keys with a `<default>`, found once keys are declared (before any node).
    private lazy var keysWithDefaults: [GraphMLReadKey] = keys.values.filter { $0.defaultValue != nil }

    private func applyDefaults(to item: inout GraphMLItem) {
        for key in keysWithDefaults {
            guard let value = key.defaultValue, let field = item.element == .node ? key.node : key.edge,
                !item.has(field)
            else { continue }
            _ = item.set(field, value)
        }
    }

    private func finishNode(_ item: GraphMLItem) throws {
        let rawID = item.rawID ?? ""
        let id = Identifier.sanitize(rawID)
        if let first = nodeLines[id] {
            throw GraphMLReadError(
                .duplicateID, file: file, line: item.line,
                "node id '\(rawID)' is used twice (first on line \(first)); node ids must be unique")
        }
        nodeLines[id] = item.line
        var node = try GraphMLItemConversion.node(item, id: id, file: file)
        node.provenance = shared(node.provenance)
        nodes.append(node)
    }

    private func finishEdge(_ item: GraphMLItem) throws {
        var edge = GraphMLItemConversion.edge(item)
        edge.provenance = shared(edge.provenance)
        let ownID = item.rawID.flatMap { $0 == edge.id ? nil : $0 }
        if let ownID {
            if let first = edgeLines[ownID] { throw duplicateEdge(ownID, first: first, line: item.line) }
            edgeLines[ownID] = item.line
        }
        edges.append(edge)
        edgeItems.append((ownID, item.rawID != nil && ownID == nil, item.line))
    }

    /// The provenance with its evidence sentences shared with earlier records.
    private func shared(_ provenance: [Provenance]) -> [Provenance] {
        provenance.map { record in
            var record = record
            record.evidence = sentences.insert(record.evidence).memberAfterInsert
            return record
        }
    }

    /// Finds an edge whose derived id (`source:relation:target`) was written twice.
    private func checkDerivedIDs() throws {
        var lines: [String: Int] = [:]
        for (edge, item) in zip(edges, edgeItems) where item.derived {
            if let first = lines.updateValue(item.line, forKey: edge.id) {
                throw duplicateEdge(edge.id, first: first, line: item.line)
            }
        }
    }

    private func duplicateEdge(_ id: String, first: Int, line: Int) -> GraphMLReadError {
        GraphMLReadError(
            .duplicateID, file: file, line: line,
            "edge id '\(id)' is used twice (first on line \(first)); edge ids must be unique")
    }

    /// Every edge must join two declared nodes; the first that does not is named with its line.
    private func checkEdges() throws {
        for (edge, item) in zip(edges, edgeItems) {
            for end in [edge.source, edge.target] where nodeLines[end] == nil {
                throw GraphMLReadError(
                    .danglingEdge, file: file, line: item.line,
                    "edge '\(item.ownID ?? edge.id)' points at node '\(end)', which the file never declares; add the node or drop the edge"
                )
            }
        }
    }

    private func error(_ code: GraphMLReadError.Code, _ reader: XMLReader, _ message: String) -> GraphMLReadError {
        GraphMLReadError(code, file: file, line: reader.line, column: reader.column, message)
    }
}
