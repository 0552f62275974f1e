/// A token of the Turtle 1.1 grammar (https://www.w3.org/TR/turtle/#sec-grammar-grammar).
enum TurtleToken: Equatable {
    /// `IRIREF`, its escapes decoded, not yet resolved against the base.
    case iri(String)
    /// `PNAME_NS` / `PNAME_LN`: the prefix (without `:`) and the decoded local part.
    case prefixedName(prefix: String, local: String)
    /// `BLANK_NODE_LABEL`, without `_:`.
    case blankNode(String)
    /// Any of the four `STRING_LITERAL` forms, decoded.
    case string(String)
    /// `LANGTAG` without `@` (also `@prefix` and `@base`, which the parser tells apart).
    case languageTag(String)
    case integer(String)
    case decimal(String)
    case double(String)
    /// A bare word: `a`, `true`, `false`, `PREFIX`, `BASE`.
    case word(String)
    /// One of `. ; , [ ] ( )` or `^^` (as `^`).
    case punctuation(UInt8)
    case end

    /// How the token reads in an error message.
    var display: String {
        switch self {
        case .iri(let iri): "<\(iri)>"
        case .prefixedName(let prefix, let local): "\(prefix):\(local)"
        case .blankNode(let label): "_:\(label)"
        case .string(let text): "\"\(text.prefix(20))\""
        case .languageTag(let tag): "@\(tag)"
        case .integer(let text), .decimal(let text), .double(let text), .word(let text): text
        case .punctuation(let byte): byte == UInt8(ascii: "^") ? "^^" : String(UnicodeScalar(byte))
        case .end: "the end of the input"
        }
    }
}
