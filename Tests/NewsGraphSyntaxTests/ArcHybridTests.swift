import Testing

@testable import NewsGraphSyntax

@Suite struct ArcHybridTests {
    /// Whatever legal moves are taken, the result is a tree: one root, every word attached, no cycle.
    @Test(arguments: [1, 2, 3, 7, 25, 60])
    func anyLegalMovesGiveATree(words: Int) {
        var seed: UInt64 = 42
        for _ in 0..<50 {
            var state = ArcHybrid(count: words)
            while !state.isTerminal {
                let legal = (0..<ArcHybrid.moveCount(labels: 3)).filter { state.isLegal($0) }
                #expect(!legal.isEmpty)
                seed = seed &* 6_364_136_223_846_793_005 &+ 1
                state.apply(legal[Int(seed >> 33) % legal.count])
            }
            let heads = Array(state.heads.dropFirst())
            #expect(heads.filter { $0 == 0 }.count == 1)
            #expect(heads.allSatisfy { $0 >= 0 && $0 <= words })
            for word in 1...words {
                var current = word
                var steps = 0
                while current != 0 && steps <= words {
                    current = state.heads[current]
                    steps += 1
                }
                #expect(current == 0, "word \(word) does not reach the root")
            }
        }
    }
}
