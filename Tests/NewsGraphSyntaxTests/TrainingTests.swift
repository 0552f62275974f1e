import Testing

@testable import NewsGraphSyntax
@testable import NewsGraphSyntaxTraining

@Suite struct TrainingTests {
    static let sentences = (try? CoNLLU.read(TreebankFixture.text, source: "fixture")) ?? []

    /// Following the oracle's zero-cost moves from the start rebuilds every (projective) gold tree exactly.
    @Test func oracleRebuildsGoldTrees() {
        #expect(Self.sentences.count == 7)
        let inventory = Inventory(Self.sentences, minimumCount: 1)
        for sentence in Self.sentences.map(inventory.sentence) {
            let oracle = ArcHybridOracle(heads: sentence.heads, labels: sentence.labels)
            var state = ArcHybrid(count: sentence.words.count)
            for move in BeamParserTrainer.goldMoves(oracle, words: sentence.words.count) { state.apply(move) }
            #expect(state.isTerminal)
            #expect(Array(state.heads.dropFirst()) == Array(sentence.heads.dropFirst()))
            #expect(Array(state.labels.dropFirst()) == Array(sentence.labels.dropFirst()))
        }
    }

    @Test func liftingMakesTreesProjective() {
        // Word 2's arc from 4 crosses word 3's from 1: lifting moves 2 up to 4's head.
        let heads = [0, 0, 4, 1, 1]
        #expect(!Projectivizer.isProjective(heads))
        let lifted = Projectivizer.lift(heads)
        #expect(Projectivizer.isProjective(lifted))
        #expect(lifted == [0, 0, 1, 1, 1])
    }

    /// Training twice with one seed gives the same bytes, and the model learns its training trees.
    @Test func trainingIsReproducibleAndLearns() throws {
        var trainer = SyntaxTrainer()
        trainer.taggerEpochs = 5
        trainer.parserEpochs = 8
        trainer.folds = 2
        trainer.beamWidth = 2
        let first = trainer.train(train: Self.sentences, dev: Self.sentences, log: { _ in }).bytes(minimumUpdates: 1)
        let second = trainer.train(train: Self.sentences, dev: Self.sentences, log: { _ in }).bytes(minimumUpdates: 1)
        #expect(first == second)
        let model = try SyntaxModel(bytes: first)
        let analyzer = SyntaxAnalyzer(model: model)
        var score = AttachmentScore()
        for sentence in Self.sentences {
            var predicted = sentence
            analyzer.annotate(&predicted)
            score.add(predicted: predicted, gold: sentence)
        }
        #expect(score.uas > 0.85, "\(score)")
        #expect(score.upos > 0.9, "\(score)")
    }

    @Test(arguments: [0, 7, 16, 100])
    func truncatedModelsAreRefused(keep: Int) throws {
        var trainer = SyntaxTrainer()
        trainer.taggerEpochs = 1
        trainer.parserEpochs = 1
        trainer.folds = 2
        trainer.beamWidth = 1
        let bytes = trainer.train(train: Self.sentences, dev: Self.sentences, log: { _ in }).bytes(minimumUpdates: 1)
        #expect(throws: SyntaxModelError.self) { try SyntaxModel(bytes: Array(bytes.prefix(keep))) }
        var corrupt = bytes
        corrupt[0] = UInt8(ascii: "X")
        #expect(throws: SyntaxModelError.self) { try SyntaxModel(bytes: corrupt) }
    }
}
