import LibXML

/// An ``HTMLDocument`` with what the page reader works out once per page:
/// where each subtree ends and which elements hold no article text.
///
/// Nodes are in pre-order, so the subtree of node `i` is `i..<end[i]` and
/// every walk is a loop over indices: no recursion, whatever the depth.
struct PageTree {
    let nodes: [HTMLNode]
    /// One past the last node of each node's subtree.
    let end: [Int]
    /// Whether each element is boilerplate or invisible (its subtree is skipped).
    private(set) var dropped: [Bool]

    /// A subtree that holds at least this share of the page's text is never dropped for its class or tag.
    static let protectedShare = 0.5

    init(_ document: HTMLDocument) {
        nodes = document.nodes
        end = Self.subtreeEnds(nodes)
        dropped = Array(repeating: false, count: nodes.count)
        markDropped()
    }

    static func subtreeEnds(_ nodes: [HTMLNode]) -> [Int] {
        var end = Array(0..<nodes.count).map { $0 + 1 }
        for i in stride(from: nodes.count - 1, through: 0, by: -1) {
            if let parent = nodes[i].parent { end[parent] = max(end[parent], end[i]) }
        }
        return end
    }

    /// Drops hidden elements and those that never hold article text, then
    /// boilerplate by tag, role or class unless it holds much of the text.
    private mutating func markDropped() {
        for i in nodes.indices where nodes[i].kind == .element {
            let node = nodes[i]
            if ["script", "style", "noscript", "template", "head", "svg", "iframe", "select", "button", "figcaption"]
                .contains(node.name) || ElementRules.isHidden(node)
            {
                dropped[i] = true
            }
        }
        let text = paragraphLengths()
        let total = max(1, text[0])
        let holdsBody = bodyMarkers()
        for i in nodes.indices where nodes[i].kind == .element && !dropped[i] {
            let node = nodes[i]
            guard node.name != "body", node.name != "html", node.name != "article", node.name != "main" else { continue }
            guard isBoilerplate(node), !holdsBody[i] else { continue }
            if Double(text[i]) < Self.protectedShare * Double(total) { dropped[i] = true }
        }
    }

    /// Whether each subtree holds an `<article>`, `<main>` or `itemprop="articleBody"` element.
    private func bodyMarkers() -> [Bool] {
        var marked = Array(repeating: false, count: nodes.count)
        for i in stride(from: nodes.count - 1, through: 0, by: -1) {
            let node = nodes[i]
            if node.kind == .element, node.name == "main" || node.attribute("itemprop")?.lowercased() == "articlebody"
                || (node.name == "article" && !isBoilerplate(node))
            {
                marked[i] = true
            }
            if marked[i], let parent = node.parent { marked[parent] = true }
        }
        return marked
    }

    /// Non-space characters of text inside `<p>` elements in each subtree.
    func paragraphLengths() -> [Int] {
        var length = Array(repeating: 0, count: nodes.count)
        var inParagraph = Array(repeating: false, count: nodes.count)
        for i in nodes.indices {
            guard let parent = nodes[i].parent else { continue }
            inParagraph[i] = inParagraph[parent] || (nodes[i].kind == .element && nodes[i].name == "p")
        }
        for i in stride(from: nodes.count - 1, through: 0, by: -1) {
            if dropped[i] { continue }
            if nodes[i].kind == .text, inParagraph[i] { length[i] = Self.visibleCount(nodes[i].text) }
            if let parent = nodes[i].parent { length[parent] += length[i] }
        }
        return length
    }

    private func isBoilerplate(_ node: HTMLNode) -> Bool {
        if ElementRules.droppedTags.contains(node.name) || node.name == "header" || ElementRules.hasChromeRole(node) {
            return true
        }
        var negative = false, positive = false
        for word in ElementRules.classWords(node).map(String.init) {
            if ElementRules.strongNegativeWords.contains(word) { return true }
            if ElementRules.positiveWords.contains(word) { positive = true }
            if ElementRules.negativeWords.contains(word) { negative = true }
        }
        return negative && !positive
    }

    /// Non-space characters of visible text in each subtree.
    func textLengths() -> [Int] {
        var length = Array(repeating: 0, count: nodes.count)
        for i in stride(from: nodes.count - 1, through: 0, by: -1) {
            if dropped[i] { continue }
            if nodes[i].kind == .text { length[i] = Self.visibleCount(nodes[i].text) }
            if let parent = nodes[i].parent { length[parent] += length[i] }
        }
        return length
    }

    static func visibleCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !Whitespace.isSpace(scalar) { count += 1 }
        return count
    }

    /// Whether node `i` lies inside a dropped element (or is one).
    func isInsideDropped(_ i: Int) -> Bool {
        var current: Int? = i
        while let c = current {
            if dropped[c] { return true }
            current = nodes[c].parent
        }
        return false
    }

    /// The collapsed text of a subtree, dropped parts included.
    func text(of i: Int) -> String {
        var raw = ""
        for j in i..<end[i] where nodes[j].kind == .text {
            raw += nodes[j].text
        }
        return Whitespace.collapse(raw)
    }

    /// The index of the first element with this name, in document order.
    func first(_ name: String) -> Int? {
        nodes.indices.first { nodes[$0].kind == .element && nodes[$0].name == name }
    }
}
