import ArgumentParser
import Foundation
import NewsGraphSyntax
import NewsGraphSyntaxTraining

/// `newsgraph-train`: trains the tagger and parser on CoNLL-U treebanks and
/// writes the model that `newsgraph` compiles in.
@main
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph-train",
        abstract: "Train newsgraph's part-of-speech tagger and dependency parser on a CoNLL-U treebank.",
        discussion: """
            Trains on --train, reports accuracy on --dev after every parser epoch, writes the model, \
            then scores the written model on --dev and on every --test file (words as given, \
            predicted tags). The same data, seed and settings give the same model bytes.

            Example:
              newsgraph-train --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu \\
                --test en_ewt-ud-test.conllu -o Sources/CSyntaxModel/syntax-model.bin
            """)

    @Option(help: "Training treebank (CoNLL-U).") var train: String
    @Option(help: "Development treebank (CoNLL-U), for choices and progress.") var dev: String
    @Option(help: "Treebanks to score the final model on.") var test: [String] = []
    @Option(name: .shortAndLong, help: "Where to write the model.") var output: String
    @Option(help: "Seed of the random generator.") var seed: UInt64 = 1
    @Option(help: "Tagger training epochs.") var taggerEpochs = 10
    @Option(help: "Parser training epochs.") var parserEpochs = 15
    @Option(help: "States kept by the parser's beam (1: greedy, trained with the dynamic oracle).") var beam = 8
    @Option(help: "Jackknife folds for the parser's training tags.") var folds = 5
    @Option(help: "Smallest averaged weight kept in the model.") var threshold = 0.01
    @Option(help: "Fewest updates a feature needs to be kept in the model; more values write more models, OUTPUT.min<N>.")
    var minimumUpdates: [Int] = [1]
    @Option(help: "Score this model file instead of training one (with --dev and --test).") var evaluate: String?

    func run() throws {
        if let evaluate {
            guard let data = FileManager.default.contents(atPath: evaluate) else { throw ValidationError("cannot read \(evaluate)") }
            try report(try SyntaxModel(bytes: Array(data)))
            return
        }
        let trainSet = try read(train)
        let devSet = try read(dev)
        var trainer = SyntaxTrainer()
        trainer.seed = seed
        trainer.taggerEpochs = taggerEpochs
        trainer.parserEpochs = parserEpochs
        trainer.folds = folds
        trainer.beamWidth = beam
        trainer.threshold = threshold
        let started = Date()
        let trained = trainer.train(train: trainSet, dev: devSet) { message in
            FileHandle.standardError.write(Data("[\(Int(Date().timeIntervalSince(started)))s] \(message)\n".utf8))
        }
        for (index, minimum) in minimumUpdates.enumerated() {
            let path = index == 0 ? output : "\(output).min\(minimum)"
            let bytes = trained.bytes(minimumUpdates: minimum)
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
            print("wrote \(path): \(bytes.count) bytes (features touched by at least \(minimum) updates)")
            try report(try SyntaxModel(bytes: bytes))
        }
    }

    private func report(_ model: SyntaxModel) throws {
        for path in [dev] + test {
            let sentences = try read(path)
            let clock = ContinuousClock()
            var result = AttachmentScore()
            let elapsed = clock.measure { result = score(model, sentences) }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print("\(path): \(result); \(Int(Double(result.words) / seconds)) words/s")
        }
    }

    private func read(_ path: String) throws -> [CoNLLU.Sentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path); give the path of a CoNLL-U file")
        }
        return try CoNLLU.read(String(decoding: data, as: UTF8.self), source: path)
    }

    private func score(_ model: SyntaxModel, _ gold: [CoNLLU.Sentence]) -> AttachmentScore {
        let analyzer = SyntaxAnalyzer(model: model)
        var score = AttachmentScore()
        for sentence in gold {
            var predicted = sentence
            analyzer.annotate(&predicted)
            score.add(predicted: predicted, gold: sentence)
        }
        return score
    }
}
