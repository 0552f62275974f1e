import NewsGraphSyntax

/// Trains the tagger: greedy left to right, each decision made with the
/// tags the model itself predicted before it (so training sees what tagging
/// will see), sentences in a new seeded order every epoch.
struct TaggerTrainer {
    let classCount: Int
    var epochs = 10

    /// The trained weights.
    func train(_ sentences: [TreebankSentence], generator: inout SplitMix64, log: (String) -> Void = { _ in }) -> AveragedPerceptron {
        let model = AveragedPerceptron(classCount: classCount)
        var order = Array(sentences.indices)
        var scores = [Float](repeating: 0, count: classCount)
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.count)
        for epoch in 1...epochs {
            order.shuffle(using: &generator)
            var correct = 0
            var total = 0
            for index in order {
                let sentence = sentences[index]
                sentence.words.withUnsafeBufferPointer { words in
                  sentence.classes.withUnsafeBufferPointer { classes in
                    var t1 = TaggerFeatures.noTag
                    var t2 = TaggerFeatures.noTag
                    for i in 0..<words.count {
                        keys.withUnsafeMutableBufferPointer { keys in
                            TaggerFeatures.fill(keys.baseAddress!, position: i, words: words, classes: classes, previous: t1, beforePrevious: t2)
                        }
                        let guess = keys.withUnsafeBufferPointer { keys in
                            model.score(keys, into: &scores)
                            return Self.argmax(scores)
                        }
                        model.tick()
                        keys.withUnsafeBufferPointer { model.update($0, truth: sentence.tags[i], guess: guess) }
                        if guess == sentence.tags[i] { correct += 1 }
                        total += 1
                        t2 = t1
                        t1 = UInt64(guess)
                    }
                  }
                }
            }
            log("tagger epoch \(epoch): training accuracy \(percent(correct, total))")
        }
        return model
    }

    /// Tags with the averaged weights of a model still in training.
    static func tag(_ words: [WordKey], classes: [UInt64], with model: AveragedPerceptron) -> [Int] {
        var scores = [Float](repeating: 0, count: model.classCount)
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var result: [Int] = []
        var t1 = TaggerFeatures.noTag
        var t2 = TaggerFeatures.noTag
        words.withUnsafeBufferPointer { words in
          classes.withUnsafeBufferPointer { classes in
            for i in 0..<words.count {
                keys.withUnsafeMutableBufferPointer { keys in
                    TaggerFeatures.fill(keys.baseAddress!, position: i, words: words, classes: classes, previous: t1, beforePrevious: t2)
                }
                keys.withUnsafeBufferPointer { model.averagedScore($0, into: &scores) }
                let best = argmax(scores)
                result.append(best)
                t2 = t1
                t1 = UInt64(best)
            }
          }
        }
        return result
    }

    static func argmax(_ scores: [Float]) -> Int {
        var best = 0
        for c in 1..<scores.count where scores[c] > scores[best] { best = c }
        return best
    }
}

func percent(_ part: Int, _ whole: Int) -> String {
    guard whole > 0 else { return "n/a" }
    let value = (Double(part) * 10000 / Double(whole)).rounded() / 100
    return "\(value)%"
}
