import NewsGraphSyntax

/// Trains the parser with the dynamic oracle: at each state the weights move
/// toward the best zero-cost move, and from the second epoch on the parser
/// follows its own wrong move with probability `exploration`, so that it
/// learns to recover from its mistakes (Goldberg and Nivre, 2012).
struct ParserTrainer {
    let labelCount: Int
    var epochs = 15
    var exploration = 0.9

    /// `tags` are the tags training sees for each sentence (predicted, not gold).
    func train(
        _ sentences: [TreebankSentence], tags: [[Int]], generator: inout SplitMix64,
        afterEpoch: (Int, AveragedPerceptron) -> Void = { _, _ in }, log: (String) -> Void = { _ in }
    ) -> AveragedPerceptron {
        let moves = ArcHybrid.moveCount(labels: labelCount)
        let model = AveragedPerceptron(classCount: moves)
        var order = Array(sentences.indices)
        var scores = [Float](repeating: 0, count: moves)
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: ParserFeatures.count)
        defer { keys.deallocate() }
        let keyBuffer = UnsafeBufferPointer(start: keys, count: ParserFeatures.count)
        for epoch in 1...epochs {
            order.shuffle(using: &generator)
            var correct = 0
            var total = 0
            for index in order {
                let sentence = sentences[index]
                let oracle = ArcHybridOracle(heads: Projectivizer.lift(sentence.heads), labels: sentence.labels)
                var state = ArcHybrid(count: sentence.words.count)
                sentence.words.withUnsafeBufferPointer { words in
                    tags[index].withUnsafeBufferPointer { tags in
                        while !state.isTerminal {
                            ParserFeatures.fill(keys, state: state, words: words, tags: tags)
                            model.score(keyBuffer, into: &scores)
                            let (guess, truth, guessCost) = choose(scores, state, oracle)
                            model.tick()
                            if guessCost > 0 { model.update(keyBuffer, truth: truth, guess: guess) }
                            let follow = guessCost == 0 || (epoch > 1 && generator.unit() < exploration)
                            state.apply(follow ? guess : truth)
                        }
                    }
                }
                for i in 1...max(1, sentence.words.count) where i <= sentence.words.count {
                    total += 1
                    if state.heads[i] == sentence.heads[i] { correct += 1 }
                }
            }
            log("parser epoch \(epoch): training UAS \(percent(correct, total)), \(model.rowCount) features")
            afterEpoch(epoch, model)
        }
        return model
    }

    /// The best-scoring legal move, the best-scoring move of least cost, and the first one's cost.
    private func choose(_ scores: [Float], _ state: ArcHybrid, _ oracle: ArcHybridOracle) -> (Int, Int, Int) {
        var guess = -1
        var truth = -1
        var leastCost = Int.max
        var guessCost = 0
        let costs = oracle.costs(in: state)
        for move in 0..<scores.count where state.isLegal(move) {
            let cost = costs.cost(of: move)
            if guess < 0 || scores[move] > scores[guess] {
                guess = move
                guessCost = cost
            }
            if cost < leastCost || (cost == leastCost && scores[move] > scores[truth]) {
                leastCost = cost
                truth = move
            }
        }
        return (guess, truth, guessCost - leastCost)
    }

    /// The tree the averaged weights give for a sentence, for evaluation while training.
    static func parse(_ words: [WordKey], tags: [Int], with model: AveragedPerceptron) -> ArcHybrid {
        var state = ArcHybrid(count: words.count)
        var scores = [Float](repeating: 0, count: model.classCount)
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: ParserFeatures.count)
        defer { keys.deallocate() }
        words.withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { tags in
                while !state.isTerminal {
                    ParserFeatures.fill(keys, state: state, words: words, tags: tags)
                    model.averagedScore(UnsafeBufferPointer(start: keys, count: ParserFeatures.count), into: &scores)
                    var best = -1
                    for move in 0..<scores.count where state.isLegal(move) && (best < 0 || scores[move] > scores[best]) {
                        best = move
                    }
                    state.apply(best)
                }
            }
        }
        return state
    }
}
