import NewsGraphFormats

/// Writes a ``QueryResult`` as a table, TSV, CSV or JSON.
///
/// SPARQL answers follow the SPARQL 1.1 result formats (JSON, CSV, TSV);
/// plain-question answers (``Style/plain``) print values as text. An answer
/// without rows still prints its header.
///
///     try ResultWriter(format: .csv).write(result, to: sink)
///     // name,count
///     // Germany,2
public struct ResultWriter: Sendable {
    /// Whether values are RDF terms of a SPARQL answer or text of a plain question.
    public enum Style: Sendable {
        case sparql
        case plain
    }

    public var format: ResultFormat
    public var style: Style

    public init(format: ResultFormat, style: Style = .sparql) {
        self.format = format
        self.style = style
    }

    public func write(_ result: QueryResult, to sink: ByteSink) throws {
        switch result {
        case .boolean(let value): try writeBoolean(value, to: sink)
        case .table(let table):
            switch format {
            case .table: try TableLayout(table: table).write(to: sink)
            case .tsv: try writeTSV(table, to: sink)
            case .csv: try writeCSV(table, to: sink)
            case .json: try style == .sparql ? SPARQLJSONEmitter.write(table, to: sink) : writePlainJSON(table, to: sink)
            }
        }
    }

    private func writeBoolean(_ value: Bool, to sink: ByteSink) throws {
        if format == .json {
            try sink.write("{\"head\":{},\"boolean\":\(value)}\n")
        } else {
            try sink.write("\(value)\n")
        }
    }

    private func writeTSV(_ table: ResultTable, to sink: ByteSink) throws {
        let header = table.columns.map { style == .sparql ? "?" + $0 : ResultEscaping.tsv($0) }
        try sink.write(header.joined(separator: "\t") + "\n")
        for row in table.rows {
            let cells = row.map { term -> String in
                guard let term else { return "" }
                return style == .sparql ? ResultEscaping.ntriples(term) : ResultEscaping.tsv(ResultEscaping.plain(term))
            }
            try sink.write(cells.joined(separator: "\t") + "\n")
        }
    }

    /// SPARQL 1.1 CSV: CRLF line ends, plain values.
    private func writeCSV(_ table: ResultTable, to sink: ByteSink) throws {
        try sink.write(table.columns.map(ResultEscaping.csv).joined(separator: ",") + "\r\n")
        for row in table.rows {
            let cells = row.map { $0.map { ResultEscaping.csv(ResultEscaping.plain($0)) } ?? "" }
            try sink.write(cells.joined(separator: ",") + "\r\n")
        }
    }

    private func writePlainJSON(_ table: ResultTable, to sink: ByteSink) throws {
        try sink.write("{\"columns\":[" + table.columns.map(ResultEscaping.json).joined(separator: ",") + "],\"rows\":[")
        for (index, row) in table.rows.enumerated() {
            let fields = zip(table.columns, row).compactMap { name, term in
                term.map { ResultEscaping.json(name) + ":" + ResultEscaping.json(ResultEscaping.plain($0)) }
            }
            try sink.write((index == 0 ? "\n" : ",\n") + "{" + fields.joined(separator: ",") + "}")
        }
        try sink.write("\n]}\n")
    }
}
