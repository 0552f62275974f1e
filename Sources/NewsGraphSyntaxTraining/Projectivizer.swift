/// Makes a tree projective by lifting (Nivre and Nilsson, 2005): while an
/// arc crosses another, the dependent of the shortest such arc moves up to
/// its head's head. Relations stay as they are. The arc-hybrid system builds
/// only projective trees, so the parser learns from these.
enum Projectivizer {
    /// `heads[0]` is the root's (unused); words are 1...n.
    static func lift(_ heads: [Int]) -> [Int] {
        var heads = heads
        while let dependent = shortestNonProjective(heads) {
            heads[dependent] = heads[heads[dependent]]
        }
        return heads
    }

    static func isProjective(_ heads: [Int]) -> Bool { shortestNonProjective(heads) == nil }

    private static func shortestNonProjective(_ heads: [Int]) -> Int? {
        var best: (dependent: Int, length: Int)?
        for dependent in 1..<heads.count {
            let head = heads[dependent]
            let low = min(head, dependent), high = max(head, dependent)
            guard high - low > 1 else { continue }
            for k in (low + 1)..<high where !dominates(head, k, heads) {
                if (best.map { high - low < $0.length }) ?? true { best = (dependent, high - low) }
                break
            }
        }
        return best?.dependent
    }

    /// Whether `ancestor` is `word` or lies on its path to the root.
    private static func dominates(_ ancestor: Int, _ word: Int, _ heads: [Int]) -> Bool {
        var current = word
        var steps = 0
        while current != 0 && steps <= heads.count {
            if current == ancestor { return true }
            current = heads[current]
            steps += 1
        }
        return ancestor == 0
    }
}
