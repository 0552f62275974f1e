/// Why a JSON Graph Format document could not be read: where (file, line,
/// column, byte offset) and what to do about it.
///
///     graph.json:12:7: edges[3] points at node 'x', which is not in "nodes"; add the node or fix the edge
public struct JSONGraphReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file read, if known (`-` for standard input).
    public var file: String?
    /// From 1; 0 where the problem has no single place (an empty file).
    public var line: Int
    /// From 1, in characters (Unicode scalars) of the line.
    public var column: Int
    /// From 0, in bytes.
    public var offset: Int
    public var message: String

    public init(file: String?, line: Int, column: Int, offset: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.offset = offset
        self.message = message
    }

    /// The error at byte `offset` of `bytes`, with its line and column.
    init(file: String?, bytes: [UInt8], offset: Int, message: String) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        for byte in bytes[..<end] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.init(file: file, line: line, column: column, offset: end, message: message)
    }

    public var description: String {
        "\(file ?? "<input>"):\(line):\(column): \(message)"
    }
}
