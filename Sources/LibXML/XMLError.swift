/// What went wrong reading, writing or validating XML, and where.
///
///     graph.graphml:12:7: the document has a DOCTYPE; ...
public struct XMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The input is not well-formed XML.
        case malformed
        /// The input declares a DOCTYPE, which is refused (entities, XXE).
        case doctype
        /// A file could not be opened or the input is empty or too large.
        case input
        /// The document does not match the XML Schema.
        case invalid
        /// The schema itself could not be read.
        case schema
        /// Writing failed (the output refused bytes, or libxml2 failed).
        case output
    }

    public var code: Code
    /// The file or document name, when known.
    public var file: String?
    /// From 1; 0 when unknown.
    public var line: Int
    /// From 1; 0 when unknown.
    public var column: Int
    public var message: String

    public init(_ code: Code, file: String?, line: Int = 0, column: Int = 0, _ message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, leaving out what is unknown.
    public var description: String {
        var place = file ?? "<xml>"
        if line > 0 { place += ":\(line)" }
        if line > 0 && column > 0 { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
