/// What an ``XMLReader`` stands on.
public enum XMLNodeKind: Sendable, Equatable {
    /// A start tag (`<a>`), or an empty element (`<a/>`, see ``XMLReader/isEmptyElement``).
    case startElement
    /// An end tag (`</a>`); empty elements have none.
    case endElement
    /// Character data or a CDATA section.
    case text
    /// Whitespace between elements.
    case whitespace
    /// A comment, a processing instruction or anything else.
    case other
}
