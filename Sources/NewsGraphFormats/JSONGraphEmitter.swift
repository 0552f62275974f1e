import NewsGraphCore

/// The state of one JSON Graph Format write.
struct JSONGraphEmitter {
    private var out: OutputBuffer

    init(_ sink: ByteSink) { out = OutputBuffer(sink) }

    mutating func write(_ graph: Graph) throws {
        out.append("{\n  \"graph\": {\n    \"directed\": true,\n    \"type\": \"newsgraph\",\n")
        out.append("    \"metadata\": {\n      \"generator\": \"newsgraph\",\n      \"articles\": [")
        for (index, article) in graph.articles.enumerated() {
            out.append(index == 0 ? "\n        " : ",\n        ")
            writeArticle(article)
        }
        out.append(graph.articles.isEmpty ? "]\n    },\n    \"nodes\": {" : "\n      ]\n    },\n    \"nodes\": {")
        for (index, node) in graph.nodes.enumerated() {
            out.append(index == 0 ? "\n      " : ",\n      ")
            writeNode(node)
            try out.flushIfFull()
        }
        out.append(graph.nodes.isEmpty ? "},\n    \"edges\": [" : "\n    },\n    \"edges\": [")
        for (index, edge) in graph.edges.enumerated() {
            out.append(index == 0 ? "\n      " : ",\n      ")
            writeEdge(edge)
            try out.flushIfFull()
        }
        out.append(graph.edges.isEmpty ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n")
        try out.finish()
    }

    private mutating func writeArticle(_ article: Article) {
        out.append("{\"id\": ")
        string(article.id)
        out.append(", \"source\": ")
        string(article.source)
        optional("title", article.title)
        optional("publisher", article.publisher)
        optional("author", article.author)
        optional("date", article.date)
        optional("url", article.url)
        optional("note", article.note)
        out.append("}")
    }

    private mutating func writeNode(_ node: Node) {
        string(node.id)
        out.append(": {\n        \"label\": ")
        string(node.label)
        out.append(",\n        \"metadata\": {\n          \"type\": ")
        string(node.type.rawValue)
        if let kind = node.kind {
            out.append(",\n          \"kind\": ")
            string(kind)
        }
        out.append(",\n          \"aliases\": [")
        for (index, alias) in node.aliases.enumerated() {
            if index > 0 { out.append(", ") }
            string(alias)
        }
        out.append("]")
        if let text = node.text {
            out.append(",\n          \"text\": ")
            string(text)
        }
        if let date = node.date {
            out.append(",\n          \"date\": ")
            string(date)
        }
        if !node.attributes.isEmpty { writeAttributes(node.attributes) }
        out.append(",\n")
        writeProvenance(node.provenance, node.support, indent: "          ")
        out.append("\n        }\n      }")
    }

    /// `"attributes": {"key": "value", "repeated": ["a", "b"]}`; attributes are sorted by key.
    private mutating func writeAttributes(_ attributes: [Attribute]) {
        out.append(",\n          \"attributes\": {")
        var index = 0
        while index < attributes.count {
            var end = index + 1
            while end < attributes.count && attributes[end].key == attributes[index].key { end += 1 }
            if index > 0 { out.append(", ") }
            string(attributes[index].key)
            out.append(": ")
            if end - index == 1 {
                string(attributes[index].value)
            } else {
                out.append("[")
                for position in index..<end {
                    if position > index { out.append(", ") }
                    string(attributes[position].value)
                }
                out.append("]")
            }
            index = end
        }
        out.append("}")
    }

    private mutating func writeEdge(_ edge: Edge) {
        out.append("{\n        \"id\": ")
        string(edge.id)
        out.append(",\n        \"source\": ")
        string(edge.source)
        out.append(",\n        \"target\": ")
        string(edge.target)
        out.append(",\n        \"relation\": ")
        string(edge.relation.rawValue)
        out.append(",\n        \"metadata\": {\n")
        writeProvenance(edge.provenance, edge.support, indent: "          ")
        out.append("\n        }\n      }")
    }

    /// `"mentions": N, "articles": N, "first_date": …, "last_date": …,
    /// "provenance": [ {…}, … ]`, one entry per line. `mentions` and
    /// `articles` count everything, also where provenance was capped.
    private mutating func writeProvenance(_ provenance: [Provenance], _ support: Support, indent: StaticString) {
        out.append(indent)
        out.append("\"mentions\": ")
        out.appendDecimal(Swift.max(support.mentions, provenance.count))
        out.append(",\n")
        out.append(indent)
        out.append("\"articles\": ")
        out.appendDecimal(support.articles)
        out.append(",\n")
        for (key, value) in [("first_date", support.firstDate), ("last_date", support.lastDate)] {
            guard let value else { continue }
            out.append(indent)
            out.append(0x22)
            out.append(key)
            out.append("\": ")
            string(value)
            out.append(",\n")
        }
        out.append(indent)
        out.append("\"provenance\": [")
        for (index, place) in provenance.enumerated() {
            out.append(index == 0 ? "\n" : ",\n")
            out.append(indent)
            out.append("  {\"article\": ")
            string(place.article)
            out.append(", \"sentence\": ")
            out.appendDecimal(place.sentence)
            out.append(", \"start\": ")
            out.appendDecimal(place.start)
            out.append(", \"end\": ")
            out.appendDecimal(place.end)
            out.append(", \"evidence\": ")
            string(place.evidence)
            out.append("}")
        }
        if !provenance.isEmpty {
            out.append("\n")
            out.append(indent)
        }
        out.append("]")
    }

    private mutating func optional(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        out.append(", \"")
        out.append(key)
        out.append("\": ")
        string(value)
    }

    private mutating func string(_ text: String) {
        out.append(0x22)
        JSONEscaping.appendStringContent(text, to: &out.bytes)
        out.append(0x22)
    }
}
