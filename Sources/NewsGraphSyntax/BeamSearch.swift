/// Beam search over arc-hybrid states: at every step each of the `width`
/// best states is extended by every legal move, and the `width` best
/// extensions by total score are kept (Zhang and Clark, 2008).
///
/// Items of every step are kept in ``steps`` with a link to their parent, so
/// that any item's move sequence can be read back (``moves(to:)``). Ties are
/// broken by order of generation, so decoding is deterministic.
package struct BeamSearch {
    package struct Item {
        package var state: ArcHybrid
        package var score: Float
        /// Index of the parent in the previous step, -1 for the first.
        var parent: Int
        var move: ArcHybrid.Move
        /// Whether every move so far is the gold move (training only).
        package var isGold: Bool
    }

    let width: Int
    private(set) var steps: [[Item]]

    package init(words: Int, width: Int) {
        self.width = width
        steps = [[Item(state: ArcHybrid(count: words), score: 0, parent: -1, move: -1, isGold: true)]]
    }

    package var beam: [Item] { steps[steps.count - 1] }
    package var isFinished: Bool { beam.allSatisfy { $0.state.isTerminal } }

    /// Extends the beam by one step. `score` writes the move scores of a state;
    /// `gold` is the gold move of this step (training) or nil.
    package mutating func advance(gold: ArcHybrid.Move?, score: (borrowing ArcHybrid, UnsafeMutablePointer<Float>) -> Void, moves: Int) {
        var candidates: [(score: Float, parent: Int, move: Int)] = []
        candidates.reserveCapacity(width * 8)
        withUnsafeTemporaryAllocation(of: Float.self, capacity: moves) { buffer in
            guard let scores = buffer.baseAddress else { return }
            for (index, item) in beam.enumerated() {
                if item.state.isTerminal {
                    candidates.append((item.score, index, -1))
                    continue
                }
                score(item.state, scores)
                let shift = item.state.canShift, left = item.state.canLeft, right = item.state.canRight
                for move in 0..<moves {
                    let legal = move == 0 ? shift : ArcHybrid.isLeft(move) ? left : right
                    if legal { Self.insert((item.score + scores[move], index, move), into: &candidates, width: width) }
                }
            }
        }
        let previous = beam
        var next: [Item] = []
        next.reserveCapacity(candidates.count)
        for candidate in candidates {
            let parent = previous[candidate.parent]
            var state = parent.state
            if candidate.move >= 0 { state.apply(candidate.move) }
            let isGold = parent.isGold && (candidate.move == gold || (candidate.move < 0 && gold == nil))
            next.append(Item(state: state, score: candidate.score, parent: candidate.parent, move: candidate.move, isGold: isGold))
        }
        steps.append(next)
    }

    /// Keeps the `width` best, best first; among equal scores the earlier stays first.
    @inline(__always)
    private static func insert(_ candidate: (score: Float, parent: Int, move: Int), into list: inout [(score: Float, parent: Int, move: Int)], width: Int) {
        if list.count == width, let last = list.last, !(candidate.score > last.score) { return }
        var at = list.count
        while at > 0 && candidate.score > list[at - 1].score { at -= 1 }
        list.insert(candidate, at: at)
        if list.count > width { list.removeLast() }
    }

    /// The moves that lead to item `index` of step `step`, first move first.
    package func moves(to index: Int, atStep step: Int) -> [ArcHybrid.Move] {
        var result: [ArcHybrid.Move] = []
        var index = index
        var step = step
        while step > 0 {
            let item = steps[step][index]
            if item.move >= 0 { result.append(item.move) }
            index = item.parent
            step -= 1
        }
        return result.reversed()
    }
}
