/// Part-of-speech tags for a sentence's words: a greedy averaged perceptron,
/// left to right, each decision seeing the two tags before it.
///
///     let tags = Tagger(model: model).tags(of: ["Germany", "sent", "tanks", "."].map(WordKey.init))
///     // model.tags[tags[1]] == ("VERB", "VBD")
public struct Tagger: Sendable {
    public let model: SyntaxModel

    public init(model: SyntaxModel) {
        self.model = model
    }

    /// The tag number of every word, in order.
    public func tags(of words: [WordKey]) -> [Int] {
        guard !words.isEmpty else { return [] }
        let classCount = model.taggerWeights.classCount
        var result = [Int](repeating: 0, count: words.count)
        let classes = words.map { model.wordClasses.classes(of: $0.lower) }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.count) { keys in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: classCount) { scores in
                words.withUnsafeBufferPointer { words in
                  classes.withUnsafeBufferPointer { classes in
                    guard let keys = keys.baseAddress, let scores = scores.baseAddress else { return }
                    var t1 = TaggerFeatures.noTag
                    var t2 = TaggerFeatures.noTag
                    for i in 0..<words.count {
                        TaggerFeatures.fill(keys, position: i, words: words, classes: classes, previous: t1, beforePrevious: t2)
                        scores.initialize(repeating: 0, count: classCount)
                        model.taggerWeights.add(keys, count: TaggerFeatures.count, to: scores)
                        var best = 0
                        for c in 1..<classCount where scores[c] > scores[best] { best = c }
                        result[i] = best
                        t2 = t1
                        t1 = UInt64(best)
                    }
                  }
                }
            }
        }
        return result
    }
}
