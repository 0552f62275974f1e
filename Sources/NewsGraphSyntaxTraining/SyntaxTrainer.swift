import Dispatch
import NewsGraphSyntax

/// Trains tagger and parser on a treebank and returns the model file's bytes.
///
/// The parser learns from predicted tags, as it will see them: the training
/// set is tagged by jackknifing (each of `folds` parts by a tagger trained on
/// the others), the development set by the final tagger.
public struct SyntaxTrainer: Sendable {
    public var seed: UInt64 = 1
    public var taggerEpochs = 10
    public var parserEpochs = 15
    public var folds = 5
    /// States kept by the parser's beam; 1 trains a greedy parser with the dynamic oracle.
    public var beamWidth = 8
    /// Averaged weights smaller than this are left out of the model.
    public var threshold = 0.01

    public init() {}

    public func train(train: [CoNLLU.Sentence], dev: [CoNLLU.Sentence], log: @escaping @Sendable (String) -> Void) -> TrainedSyntax {
        let inventory = Inventory(train)
        let trainSet = train.map(inventory.sentence)
        let devSet = dev.map(inventory.sentence)
        log("\(trainSet.count) training sentences, \(inventory.tags.count) tags, \(inventory.labels.count) relations")

        let jackknifed = jackknife(trainSet, classes: inventory.tags.count, log: log)
        var generator = SplitMix64(seed: seed)
        let tagger = TaggerTrainer(classCount: inventory.tags.count, epochs: taggerEpochs)
            .train(trainSet, generator: &generator, log: log)
        let devTags = devSet.map { TaggerTrainer.tag($0.words, classes: $0.classes, with: tagger) }
        log("tagger: development UPOS \(uposAccuracy(devSet, devTags, inventory))")

        let afterEpoch = { (epoch: Int, model: AveragedPerceptron) in
            log("parser epoch \(epoch): development \(attachment(devSet, devTags, model))")
        }
        let parser =
            beamWidth > 1
            ? BeamParserTrainer(labelCount: inventory.labels.count, epochs: parserEpochs, width: beamWidth)
                .train(trainSet, tags: jackknifed, generator: &generator, afterEpoch: afterEpoch, log: log)
            : ParserTrainer(labelCount: inventory.labels.count, epochs: parserEpochs)
                .train(trainSet, tags: jackknifed, generator: &generator, afterEpoch: afterEpoch, log: log)

        return TrainedSyntax(trainer: self, sentences: train.count, inventory: inventory, tagger: tagger, parser: parser)
    }

    /// Predicted tags for every training sentence, each from a tagger that did not see it.
    private func jackknife(_ sentences: [TreebankSentence], classes: Int, log: @escaping @Sendable (String) -> Void) -> [[Int]] {
        let results = FoldResults(count: folds)
        DispatchQueue.concurrentPerform(iterations: folds) { fold in
            let training = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            var generator = SplitMix64(seed: seed &+ UInt64(fold + 1) &* 0x9e37_79b9)
            let model = TaggerTrainer(classCount: classes, epochs: taggerEpochs).train(training, generator: &generator)
            let tagged = sentences.indices.filter { $0 % folds == fold }.map { ($0, TaggerTrainer.tag(sentences[$0].words, classes: sentences[$0].classes, with: model)) }
            results.set(fold, tagged)
            log("jackknife fold \(fold + 1) of \(folds) tagged")
        }
        var tags = [[Int]](repeating: [], count: sentences.count)
        for fold in 0..<folds {
            for (index, predicted) in results.get(fold) { tags[index] = predicted }
        }
        let correct = zip(sentences, tags).reduce(0) { $0 + zip($1.0.tags, $1.1).filter { $0 == $1 }.count }
        log("jackknifed tags: \(percent(correct, sentences.reduce(0) { $0 + $1.tags.count })) correct")
        return tags
    }

    private func uposAccuracy(_ sentences: [TreebankSentence], _ tags: [[Int]], _ inventory: Inventory) -> String {
        var correct = 0
        var total = 0
        for (sentence, predicted) in zip(sentences, tags) {
            for (gold, tag) in zip(sentence.upos, predicted) {
                total += 1
                if inventory.tags[tag].hasPrefix(gold + "\t") { correct += 1 }
            }
        }
        return percent(correct, total)
    }

    private func attachment(_ sentences: [TreebankSentence], _ tags: [[Int]], _ model: AveragedPerceptron) -> String {
        var heads = 0
        var labeled = 0
        var total = 0
        for (sentence, predicted) in zip(sentences, tags) {
            let state =
                beamWidth > 1
                ? BeamParserTrainer.parse(sentence.words, tags: predicted, with: model, width: beamWidth)
                : ParserTrainer.parse(sentence.words, tags: predicted, with: model)
            for i in 1..<(sentence.words.count + 1) {
                total += 1
                if state.heads[i] == sentence.heads[i] {
                    heads += 1
                    if state.labels[i] == sentence.labels[i] { labeled += 1 }
                }
            }
        }
        return "UAS \(percent(heads, total)), LAS (whole relations) \(percent(labeled, total))"
    }
}

/// A trained tagger and parser, ready to be written as model files.
public struct TrainedSyntax {
    let trainer: SyntaxTrainer
    let sentences: Int
    let inventory: Inventory
    let tagger: AveragedPerceptron
    let parser: AveragedPerceptron

    /// The model file, leaving out features that fewer than `minimumUpdates` updates touched.
    public func bytes(minimumUpdates: Int) -> [UInt8] {
        var writer = ModelWriter()
        writer.add("TAGS", lines: inventory.tags)
        writer.add("LABS", lines: inventory.labels)
        writer.add("WCLS", bytes: inventory.wordClassSection)
        writer.add("TAGW", bytes: tagger.tableSection(threshold: trainer.threshold, minimumUpdates: minimumUpdates))
        writer.add("PARW", bytes: parser.tableSection(threshold: trainer.threshold, minimumUpdates: minimumUpdates))
        writer.add("CONF", lines: ["beam \(trainer.beamWidth)"])
        writer.add("INFO", lines: [
            "Tagger and parser trained by newsgraph-train on \(sentences) sentences of Universal Dependencies English EWT (CC BY-SA 4.0)",
            "seed \(trainer.seed), beam \(trainer.beamWidth), tagger epochs \(trainer.taggerEpochs), parser epochs \(trainer.parserEpochs), jackknife folds \(trainer.folds), threshold \(trainer.threshold), minimum updates \(minimumUpdates)",
        ])
        return writer.bytes
    }
}

/// Per-fold results written from concurrent folds.
private final class FoldResults: @unchecked Sendable {
    private var results: [[(Int, [Int])]]
    private let lock = DispatchSemaphore(value: 1)

    init(count: Int) {
        results = Array(repeating: [], count: count)
    }

    func set(_ fold: Int, _ value: [(Int, [Int])]) {
        lock.wait()
        results[fold] = value
        lock.signal()
    }

    func get(_ fold: Int) -> [(Int, [Int])] {
        lock.wait()
        defer { lock.signal() }
        return results[fold]
    }
}
