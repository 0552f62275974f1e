/// A token of the SPARQL 1.1 grammar (https://www.w3.org/TR/sparql11-query/#grammar).
enum SPARQLToken: Equatable {
    case iri(String)
    case prefixedName(prefix: String, local: String)
    case blankNode(String)
    /// `VAR1` / `VAR2`, without `?` or `$`.
    case variable(String)
    case string(String)
    case languageTag(String)
    case integer(String)
    case decimal(String)
    case double(String)
    /// A keyword or function name, upper-cased (`SELECT`, `REGEX`), or `a`, `true`, `false` as written.
    case word(String)
    /// Punctuation and operators: `{ } ( ) [ ] . , ; * = != < > <= >= && || ! + - / ^^ |`.
    case symbol(String)
    case end

    var display: String {
        switch self {
        case .iri(let iri): "<\(iri)>"
        case .prefixedName(let prefix, let local): "\(prefix):\(local)"
        case .blankNode(let label): "_:\(label)"
        case .variable(let name): "?\(name)"
        case .string(let text): "\"\(text.prefix(20))\""
        case .languageTag(let tag): "@\(tag)"
        case .integer(let text), .decimal(let text), .double(let text): text
        case .word(let word): "'\(word)'"
        case .symbol(let symbol): "'\(symbol)'"
        case .end: "the end of the query"
        }
    }
}
