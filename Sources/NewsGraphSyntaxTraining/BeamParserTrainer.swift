import NewsGraphSyntax

/// Trains the parser for beam search with the structured perceptron and
/// max-violation updates (Huang, Fayong and Guo, 2012): the sentence is
/// decoded with the beam beside the gold move sequence, and the weights move
/// from the beam's best to gold at the step where the best outscores gold by
/// the most.
struct BeamParserTrainer {
    let labelCount: Int
    var epochs = 15
    var width = 8

    func train(
        _ sentences: [TreebankSentence], tags: [[Int]], generator: inout SplitMix64,
        afterEpoch: (Int, AveragedPerceptron) -> Void = { _, _ in }, log: (String) -> Void = { _ in }
    ) -> AveragedPerceptron {
        let moveCount = ArcHybrid.moveCount(labels: labelCount)
        let model = AveragedPerceptron(classCount: moveCount)
        var order = Array(sentences.indices)
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: ParserFeatures.count)
        defer { keys.deallocate() }
        let keyBuffer = UnsafeBufferPointer(start: keys, count: ParserFeatures.count)
        var scores = [Float](repeating: 0, count: moveCount)
        for epoch in 1...epochs {
            order.shuffle(using: &generator)
            var updates = 0
            for index in order {
                let sentence = sentences[index]
                let oracle = ArcHybridOracle(heads: Projectivizer.lift(sentence.heads), labels: sentence.labels)
                sentence.words.withUnsafeBufferPointer { words in
                    tags[index].withUnsafeBufferPointer { tags in
                        let gold = Self.goldMoves(oracle, words: words.count)
                        var search = BeamSearch(words: words.count, width: width)
                        var goldScore: Float = 0
                        var goldState = ArcHybrid(count: words.count)
                        var worst: (violation: Float, step: Int, item: Int)?
                        for (step, move) in gold.enumerated() {
                            ParserFeatures.fill(keys, state: goldState, words: words, tags: tags)
                            model.score(keyBuffer, into: &scores)
                            goldScore += scores[move]
                            goldState.apply(move)
                            search.advance(gold: move, score: { state, out in
                                ParserFeatures.fill(keys, state: state, words: words, tags: tags)
                                model.score(keyBuffer, into: &scores)
                                for m in 0..<moveCount { out[m] = scores[m] }
                            }, moves: moveCount)
                            let best = search.beam[0]
                            if !best.isGold {
                                let violation = best.score - goldScore
                                if worst.map({ violation >= $0.violation }) ?? true { worst = (violation, step + 1, 0) }
                            }
                        }
                        model.tick()
                        guard let worst else { return }
                        updates += 1
                        let predicted = search.moves(to: worst.item, atStep: worst.step)
                        reward(gold.prefix(predicted.count), delta: 1, model: model, words: words, tags: tags, keys: keys)
                        reward(predicted[...], delta: -1, model: model, words: words, tags: tags, keys: keys)
                    }
                }
            }
            log("beam parser epoch \(epoch): \(updates) updates, \(model.rowCount) features")
            afterEpoch(epoch, model)
        }
        return model
    }

    /// The best tree the averaged weights give, for evaluation while training.
    static func parse(_ words: [WordKey], tags: [Int], with model: AveragedPerceptron, width: Int) -> ArcHybrid {
        var search = BeamSearch(words: words.count, width: width)
        var scores = [Float](repeating: 0, count: model.classCount)
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: ParserFeatures.count)
        defer { keys.deallocate() }
        words.withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { tags in
                while !search.isFinished {
                    search.advance(gold: nil, score: { state, out in
                        ParserFeatures.fill(keys, state: state, words: words, tags: tags)
                        model.averagedScore(UnsafeBufferPointer(start: keys, count: ParserFeatures.count), into: &scores)
                        for m in 0..<scores.count { out[m] = scores[m] }
                    }, moves: model.classCount)
                }
            }
        }
        return search.beam[0].state
    }

    /// Adds `delta` to the weights of every (state, move) pair along `moves` from the initial state.
    private func reward(
        _ moves: ArraySlice<ArcHybrid.Move>, delta: Int32, model: AveragedPerceptron,
        words: UnsafeBufferPointer<WordKey>, tags: UnsafeBufferPointer<Int>, keys: UnsafeMutablePointer<UInt64>
    ) {
        var state = ArcHybrid(count: words.count)
        for move in moves {
            ParserFeatures.fill(keys, state: state, words: words, tags: tags)
            model.add(UnsafeBufferPointer(start: keys, count: ParserFeatures.count), class: move, delta: delta)
            state.apply(move)
        }
    }

    /// The gold move sequence: at each state the zero-cost move, preferring left, then right, then shift.
    static func goldMoves(_ oracle: ArcHybridOracle, words: Int) -> [ArcHybrid.Move] {
        var state = ArcHybrid(count: words)
        var moves: [ArcHybrid.Move] = []
        while !state.isTerminal {
            let costs = oracle.costs(in: state)
            let s0 = state.stack(0)
            let candidates = [
                s0 > 0 ? ArcHybrid.left(oracle.labels[s0]) : nil,
                s0 > 0 ? ArcHybrid.right(oracle.labels[s0]) : nil,
                0,
            ].compactMap { $0 }.filter { state.isLegal($0) }
            let move = candidates.first { costs.cost(of: $0) == 0 }
                ?? candidates.min { costs.cost(of: $0) < costs.cost(of: $1) } ?? 0
            moves.append(move)
            state.apply(move)
        }
        return moves
    }
}
