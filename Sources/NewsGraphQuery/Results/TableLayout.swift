import NewsGraphFormats

/// An aligned text table: a header, a rule, and columns padded to their widest cell.
///
///     name     count
///     -------  -----
///     Germany  2
struct TableLayout {
    let table: ResultTable

    func write(to sink: ByteSink) throws {
        let header = table.columns
        let cells = table.rows.map { row in row.map { $0.map(Self.cell) ?? "" } }
        var widths = header.map(Self.width)
        for row in cells {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], Self.width(cell))
            }
        }
        try sink.write(line(header, widths))
        try sink.write(line(widths.map { String(repeating: "-", count: $0) }, widths))
        for row in cells { try sink.write(line(row, widths)) }
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        var out = ""
        for (column, cell) in cells.enumerated() {
            let isLast = column == cells.count - 1
            out += cell
            if !isLast { out += String(repeating: " ", count: widths[column] - Self.width(cell) + 2) }
        }
        return out + "\n"
    }

    /// A term on one line: line breaks and tabs shown as spaces.
    static func cell(_ term: RDFTerm) -> String {
        String(ResultEscaping.plain(term).map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
    }

    /// Display width in characters.
    static func width(_ text: String) -> Int { text.count }
}
