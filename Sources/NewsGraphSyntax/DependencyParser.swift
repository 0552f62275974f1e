/// Dependency trees for tagged sentences: arc-hybrid parsing with an
/// averaged perceptron scoring each move, greedy or with a beam as the model
/// was trained.
///
///     let tree = DependencyParser(model: model).parse(words, tags: tags)
///     // tree.heads[i] is word i+1's head (0 = root), tree.labels[i] its relation
public struct DependencyParser: Sendable {
    public let model: SyntaxModel
    /// States the beam keeps: the model's own width unless given (1 decodes greedily, fastest).
    public let beamWidth: Int

    public init(model: SyntaxModel, beamWidth: Int? = nil) {
        self.model = model
        self.beamWidth = max(1, min(beamWidth ?? model.beamWidth, 64))
    }

    /// A tree over words 1...n: `heads[i - 1]` and `labels[i - 1]` are word i's head (0 for the root) and relation.
    public struct Tree: Sendable, Equatable {
        public var heads: [Int]
        public var labels: [Int]
    }

    /// The tree of one sentence. `tags` are the tagger's tag numbers, one per word.
    public func parse(_ words: [WordKey], tags: [Int]) -> Tree {
        precondition(words.count == tags.count, "one tag per word")
        guard !words.isEmpty else { return Tree(heads: [], labels: []) }
        let weights = model.parserWeights
        let moves = weights.classCount
        var result = ArcHybrid(count: 0)
        let tags = ParserFeatures.pack(tags, coarse: model.coarse)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatures.count) { keys in
            words.withUnsafeBufferPointer { words in
                tags.withUnsafeBufferPointer { tags in
                    guard let keys = keys.baseAddress else { return }
                    let score = { (state: borrowing ArcHybrid, scores: UnsafeMutablePointer<Float>) in
                        ParserFeatures.fill(keys, state: state, words: words, tags: tags)
                        scores.initialize(repeating: 0, count: moves)
                        weights.add(keys, count: ParserFeatures.count, to: scores)
                    }
                    result = beamWidth > 1 ? beam(words.count, moves, score) : greedy(words.count, moves, score)
                }
            }
        }
        return Tree(heads: Array(result.heads.dropFirst()), labels: Array(result.labels.dropFirst()))
    }

    private func greedy(_ count: Int, _ moves: Int, _ score: (borrowing ArcHybrid, UnsafeMutablePointer<Float>) -> Void) -> ArcHybrid {
        var state = ArcHybrid(count: count)
        withUnsafeTemporaryAllocation(of: Float.self, capacity: moves) { scores in
            guard let scores = scores.baseAddress else { return }
            while !state.isTerminal {
                score(state, scores)
                state.apply(Self.best(scores, moves: moves, in: state))
            }
        }
        return state
    }

    private func beam(_ count: Int, _ moves: Int, _ score: (borrowing ArcHybrid, UnsafeMutablePointer<Float>) -> Void) -> ArcHybrid {
        var search = BeamSearch(words: count, width: beamWidth)
        while !search.isFinished {
            search.advance(gold: nil, score: score, moves: moves)
        }
        return search.beam[0].state
    }

    /// The highest-scoring legal move.
    @inline(__always)
    static func best(_ scores: UnsafeMutablePointer<Float>, moves: Int, in state: borrowing ArcHybrid) -> ArcHybrid.Move {
        var best = -1
        var bestScore = -Float.infinity
        let shift = state.canShift, left = state.canLeft, right = state.canRight
        for move in 0..<moves {
            let legal = move == 0 ? shift : ArcHybrid.isLeft(move) ? left : right
            if legal && (best < 0 || scores[move] > bestScore) {
                best = move
                bestScore = scores[move]
            }
        }
        return best
    }
}
