/// One node of an ``HTMLDocument``: an element or a run of text.
///
/// Nodes refer to each other by their index in ``HTMLDocument/nodes``, so a
/// page of any depth is a flat array that is walked with loops, not recursion.
public struct HTMLNode: Sendable {
    /// What a node is.
    public enum Kind: Sendable, Hashable {
        /// The document itself; always node 0.
        case document
        /// An element such as `<p>`; see ``HTMLNode/name``.
        case element
        /// Character data, entities already decoded.
        case text
    }

    public let kind: Kind
    /// The element name in lower case (`"p"`, `"article"`); empty for text.
    public let name: String
    /// The decoded text of a text node; empty for elements.
    public let text: String
    /// The element's attributes in document order, names in lower case.
    public let attributes: [(name: String, value: String)]
    /// The index of the parent node; `nil` for the document.
    public let parent: Int?
    /// The indices of the child nodes in document order.
    public internal(set) var children: [Int]

    init(kind: Kind, name: String, text: String, attributes: [(name: String, value: String)], parent: Int?) {
        self.kind = kind
        self.name = name
        self.text = text
        self.attributes = attributes
        self.parent = parent
        self.children = []
    }

    /// The value of the first attribute called `name` (lower case), if any.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
