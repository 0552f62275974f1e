import NewsGraphSyntax

/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre, 2013):
/// how many gold arcs a move makes unreachable from the current state, so
/// that training can go on from the parser's own mistakes.
///
/// Exact for projective gold trees (see ``Projectivizer``).
struct ArcHybridOracle {
    /// Gold heads and relations, index 0 unused.
    let heads: [Int]
    let labels: [Int]

    /// The costs of the three kinds of move in one state. A left or right
    /// move that builds a gold arc costs one more with the wrong relation.
    struct Costs {
        var shift = 0, left = 0, right = 0
        /// The relation a left or right move must use, where its arc is gold.
        var leftLabel: Int?, rightLabel: Int?

        func cost(of move: ArcHybrid.Move) -> Int {
            if move == 0 { return shift }
            let label = ArcHybrid.label(of: move)
            if ArcHybrid.isLeft(move) { return left + (leftLabel.map { $0 == label ? 0 : 1 } ?? 0) }
            return right + (rightLabel.map { $0 == label ? 0 : 1 } ?? 0)
        }
    }

    func costs(in state: ArcHybrid) -> Costs {
        var costs = Costs()
        let s0 = state.stack(0), s1 = state.stack(1), b0 = state.buffer(0)
        if b0 != ArcHybrid.none {
            for depth in 0..<state.stack.count {
                let item = state.stack(depth)
                if item != 0 && heads[item] == b0 { costs.shift += 1 }
                if depth > 0 && heads[b0] == item { costs.shift += 1 }
            }
        }
        guard s0 != 0 else { return costs }
        var dependents = 0
        if state.next <= state.count {
            for d in state.next...state.count where heads[d] == s0 { dependents += 1 }
        }
        let head = heads[s0]
        let headInBuffer = head >= state.next && head <= state.count
        costs.left = dependents + ((head == s1 || (headInBuffer && head != b0)) ? 1 : 0)
        costs.right = dependents + (headInBuffer ? 1 : 0)
        if head == b0 { costs.leftLabel = labels[s0] }
        if head == s1 { costs.rightLabel = labels[s0] }
        return costs
    }
}
