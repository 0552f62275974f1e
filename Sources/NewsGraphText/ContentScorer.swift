/// Finds the element that holds the article body by content scoring.
///
/// Each paragraph-like block of 25 or more characters scores 1, plus 1 per
/// comma, plus 1 per 100 characters (at most 3); the score goes to the
/// block's parent in full, its grandparent by half and further ancestors
/// by a third per level. Ancestors start from a score for their tag and
/// their class and id words (``ElementRules``), and end scaled by the share
/// of their text that is not link text. The best ancestor wins; a parent
/// that holds several near-winners or scores higher takes its place, and
/// siblings that score well are kept beside it.
struct ContentScorer {
    let tree: PageTree
    let blocks: [PageBlock]
    /// Visible characters of block text in each subtree.
    let length: [Int]
    /// Visible characters of link text in each subtree.
    let linked: [Int]

    init(tree: PageTree, blocks: [PageBlock]) {
        self.tree = tree
        self.blocks = blocks
        var length = Array(repeating: 0, count: tree.nodes.count)
        var linked = Array(repeating: 0, count: tree.nodes.count)
        for block in blocks {
            length[block.container] += block.length
            linked[block.container] += block.linkLength
        }
        for i in stride(from: tree.nodes.count - 1, through: 1, by: -1) {
            if let parent = tree.nodes[i].parent {
                length[parent] += length[i]
                linked[parent] += linked[i]
            }
        }
        self.length = length
        self.linked = linked
    }

    /// How many ancestor levels a block's score reaches.
    static let levels = 5
    /// Blocks shorter than this (visible characters) are not scored.
    static let minimumLength = 25

    /// The roots of the article body in document order: the winner and the siblings kept beside it.
    func roots() -> [Int] {
        let scores = scored()
        guard let best = scores.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return [0] }
        let top = refine(best.key, scores: scores)
        return withSiblings(of: top, scores: scores)
    }

    /// Final candidate scores: content score plus the tag and class prior, times the non-link share.
    func scored() -> [Int: Double] {
        var raw: [Int: Double] = [:]
        for block in blocks where block.length >= Self.minimumLength && isScorable(block) {
            let points = 1 + Double(commas(in: block.text)) + Double(min(block.length / 100, 3))
            var ancestor = tree.nodes[block.container].parent
            for level in 0..<Self.levels {
                guard let a = ancestor else { break }
                if raw[a] == nil { raw[a] = prior(a) }
                raw[a, default: 0] += points / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
                ancestor = tree.nodes[a].parent
            }
        }
        return raw.reduce(into: [:]) { result, entry in
            result[entry.key] = entry.value * (1 - linkDensity(entry.key))
        }
    }

    private func isScorable(_ block: PageBlock) -> Bool {
        !block.isHeading && block.tag != "li" && block.tag != "dt" && block.tag != "th"
    }

    private func commas(in text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1 == "," || $1 == "\u{FF0C}" || $1 == "\u{060C}" ? 1 : 0) }
    }

    /// The starting score of an element from its tag and class words.
    func prior(_ i: Int) -> Double {
        let node = tree.nodes[i]
        let tag: Double
        switch node.name {
        case "div", "article", "main", "section": tag = 5
        case "pre", "td", "blockquote": tag = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": tag = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": tag = -5
        default: tag = 0
        }
        let weight = Double(max(-3, min(3, ElementRules.classWeight(node))))
        return tag + 12.5 * weight + (node.name == "article" ? 10 : 0)
    }

    /// The link share of a subtree's block text.
    func linkDensity(_ i: Int) -> Double {
        length[i] == 0 ? 0 : Double(linked[i]) / Double(length[i])
    }

    /// Moves up from the winner to a parent that holds several near-winners,
    /// scores higher, or has the winner as its only child.
    func refine(_ top: Int, scores: [Int: Double]) -> Int {
        let topScore = scores[top] ?? 0
        let near = scores.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5)
            .filter { $0.key != top && $0.value >= 0.75 * topScore }.map(\.key)
        var result = top
        if near.count >= 2 {
            var ancestor = tree.nodes[top].parent
            while let a = ancestor, tree.nodes[a].name != "body", a != 0 {
                let held = near.filter { $0 > a && $0 < tree.end[a] }.count
                if held >= 2 {
                    result = a
                    break
                }
                ancestor = tree.nodes[a].parent
            }
        }
        var lastScore = scores[result] ?? topScore
        let floor = lastScore / 3
        var parent = tree.nodes[result].parent
        while let p = parent, tree.nodes[p].name != "body", p != 0 {
            guard let score = scores[p] else {
                parent = tree.nodes[p].parent
                continue
            }
            if score < floor { break }
            if score > lastScore {
                result = p
                break
            }
            lastScore = score
            parent = tree.nodes[p].parent
        }
        while let p = tree.nodes[result].parent, tree.nodes[p].name != "body", p != 0,
            tree.nodes[p].children.filter({ tree.nodes[$0].kind == .element }).count == 1
        {
            result = p
        }
        return result
    }

    /// The winner and those of its siblings that score at least a fifth of it
    /// (at least 10), or are plain paragraphs with little link text.
    func withSiblings(of top: Int, scores: [Int: Double]) -> [Int] {
        guard let parent = tree.nodes[top].parent, tree.nodes[top].name != "body" else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.nodes[top].attribute("class")
        var roots: [Int] = []
        for sibling in tree.nodes[parent].children where tree.nodes[sibling].kind == .element {
            if sibling == top || tree.dropped[sibling] {
                if sibling == top { roots.append(top) }
                continue
            }
            var score = scores[sibling] ?? 0
            if let topClass, !topClass.isEmpty, tree.nodes[sibling].attribute("class") == topClass { score += topScore * 0.2 }
            if score >= threshold || isPlainParagraph(sibling) { roots.append(sibling) }
        }
        return roots
    }

    private func isPlainParagraph(_ i: Int) -> Bool {
        guard tree.nodes[i].name == "p" else { return false }
        let density = linkDensity(i)
        if length[i] > 80 { return density < 0.25 }
        let text = tree.text(of: i)
        return length[i] > 0 && density == 0 && (text.contains(". ") || text.hasSuffix("."))
    }
}
