import LibXML

/// The article in a saved web page: its headline, body paragraphs and metadata.
struct PageContent {
    var headline: String?
    var paragraphs: [String]
    var metadata: PageMetadata
}

/// Finds the article in a web page: drops boilerplate (``PageTree``), cuts
/// the text into blocks (``BlockCollector``), picks the body by content
/// scoring (``ContentScorer``) and keeps its blocks that are not mostly links.
struct PageReader {
    /// Blocks with a larger share of link text are navigation, not prose.
    static let maxLinkDensity = 0.5
    /// The longest headline taken from an `<h1>`, in characters.
    static let maxHeadlineLength = 300

    func read(_ document: HTMLDocument) -> PageContent {
        let tree = PageTree(document)
        let metadata = PageMetadata(tree)
        let blocks = BlockCollector(tree: tree).blocks()
        let roots = ContentScorer(tree: tree, blocks: blocks).roots()
        let headline = headline(tree, metadata: metadata, roots: roots)
        var paragraphs: [String] = []
        for root in roots {
            for block in BlockCollector(tree: tree).blocks(under: root) where isProse(block) {
                if let headline, block.text == headline { continue }
                paragraphs.append(block.text)
            }
        }
        return PageContent(headline: headline, paragraphs: paragraphs, metadata: metadata)
    }

    /// Blocks that are mostly links are navigation, not prose.
    func isProse(_ block: PageBlock) -> Bool {
        block.linkDensity <= Self.maxLinkDensity
    }

    /// The `<h1>` that matches the page title, else the first `<h1>` in the
    /// body, else the page title without the site name.
    func headline(_ tree: PageTree, metadata: PageMetadata, roots: [Int]) -> String? {
        let headings = tree.nodes.indices.filter { tree.nodes[$0].kind == .element && tree.nodes[$0].name == "h1" }
            .map { (index: $0, text: tree.text(of: $0)) }
            .filter { !$0.text.isEmpty && $0.text.count <= Self.maxHeadlineLength }
        let titles = [metadata.title, metadata.documentTitle].compactMap { $0?.lowercased() }
        if let match = headings.first(where: { h in titles.contains { $0.contains(h.text.lowercased()) } }) {
            return match.text
        }
        if let inBody = headings.first(where: { h in roots.contains { h.index >= $0 && h.index < tree.end[$0] } }) {
            return inBody.text
        }
        return metadata.title.map(Self.withoutSiteName)
    }

    /// `Headline | Site` → `Headline` (also ` - ` and ` – `), when the headline part is the longer.
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            if let range = title.ranges(of: separator).last {
                let head = title[..<range.lowerBound], tail = title[range.upperBound...]
                if head.count > tail.count { return String(head) }
            }
        }
        return title
    }
}
