import NewsGraphFormats

/// SPARQL 1.1 Query Results JSON Format (https://www.w3.org/TR/sparql11-results-json/).
enum SPARQLJSONEmitter {
    static func write(_ table: ResultTable, to sink: ByteSink) throws {
        let vars = table.columns.map(ResultEscaping.json).joined(separator: ",")
        try sink.write("{\"head\":{\"vars\":[\(vars)]},\"results\":{\"bindings\":[")
        for (index, row) in table.rows.enumerated() {
            let fields = zip(table.columns, row).compactMap { name, term in
                term.map { ResultEscaping.json(name) + ":" + binding($0) }
            }
            try sink.write((index == 0 ? "\n" : ",\n") + "{" + fields.joined(separator: ",") + "}")
        }
        try sink.write("\n]}}\n")
    }

    /// An RDF term object (section 3.2.2).
    static func binding(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri):
            return "{\"type\":\"uri\",\"value\":\(ResultEscaping.json(iri))}"
        case .blank(let label):
            return "{\"type\":\"bnode\",\"value\":\(ResultEscaping.json(ResultEscaping.blankLabel(label)))}"
        case .literal(let text, let datatype, let language):
            var out = "{\"type\":\"literal\",\"value\":\(ResultEscaping.json(text))"
            if let language {
                out += ",\"xml:lang\":\(ResultEscaping.json(language))"
            } else if datatype != RDFTerm.xsdString {
                out += ",\"datatype\":\(ResultEscaping.json(datatype))"
            }
            return out + "}"
        }
    }
}
