/// Cuts the visible text of a page into ``PageBlock``s at block elements
/// and line breaks, counting link text as it goes.
///
/// One loop over the nodes in document order with a stack of open
/// elements: linear time, no recursion.
struct BlockCollector {
    let tree: PageTree

    private struct Open {
        let index: Int
        let end: Int
        let isBlock: Bool
        let isLink: Bool
    }

    /// The blocks of the subtree at `root` (the whole page by default), in order.
    func blocks(under root: Int = 0) -> [PageBlock] {
        var blocks: [PageBlock] = []
        var open: [Open] = []
        var buffer = "", visible = 0, linked = 0, links = 0
        func flush() {
            defer { buffer = ""; visible = 0; linked = 0 }
            guard visible > 0 else { return }
            let container = open.last(where: \.isBlock)?.index ?? root
            let tag = tree.nodes[container].name
            blocks.append(PageBlock(text: Whitespace.collapse(buffer), length: visible, linkLength: linked, container: container, tag: tag))
        }
        var i = root
        let stop = tree.end[root]
        while i < stop {
            while let last = open.last, last.end <= i {
                open.removeLast()
                if last.isBlock { flush() }
                if last.isLink { links -= 1 }
            }
            let node = tree.nodes[i]
            if node.kind == .text {
                let count = PageTree.visibleCount(node.text)
                buffer += node.text
                visible += count
                if links > 0 { linked += count }
                i += 1
                continue
            }
            let isBlock = ElementRules.blockTags.contains(node.name)
            if tree.dropped[i] {
                if isBlock { flush() }
                i = tree.end[i]
                continue
            }
            if isBlock { flush() }
            let isLink = node.name == "a"
            if isLink { links += 1 }
            open.append(Open(index: i, end: tree.end[i], isBlock: isBlock, isLink: isLink))
            i += 1
        }
        flush()
        return blocks
    }
}
