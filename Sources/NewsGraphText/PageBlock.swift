/// A run of text in one block element of a page: a paragraph, heading, list item or cell.
struct PageBlock {
    /// The collapsed text.
    let text: String
    /// Visible (non-space) characters.
    let length: Int
    /// Visible characters inside links.
    let linkLength: Int
    /// The node index of the nearest enclosing block element.
    let container: Int
    /// The name of that element (`p`, `h2`, `li`, `div`).
    let tag: String

    /// The share of the text that is link text.
    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }

    var isHeading: Bool { ["h1", "h2", "h3", "h4", "h5", "h6"].contains(tag) }
}
