/// Why a Turtle document could not be read, and where.
///
///     graph.ttl:3:17: expected '.' after the triples, found ';;'
public struct TurtleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, and what was expected.
    public var message: String
    /// 1-based line of the offending token.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    /// The file name, when known.
    public var file: String?

    public init(_ message: String, line: Int, column: Int, file: String? = nil) {
        self.message = message
        self.line = line
        self.column = column
        self.file = file
    }

    public var description: String { "\(file ?? "<turtle>"):\(line):\(column): \(message)" }
}

/// Line and column (1-based, columns in scalars) of a UTF-8 byte offset.
func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var index = 0
    let end = min(offset, bytes.count)
    while index < end {
        let byte = bytes[index]
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
        index += 1
    }
    return (line, column)
}
