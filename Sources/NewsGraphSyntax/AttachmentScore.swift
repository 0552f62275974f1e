/// Tagging and attachment accuracy of predicted CoNLL-U against gold, counted
/// over all words, punctuation included. As in the CoNLL 2018 shared task's
/// evaluation, LAS compares the universal part of a relation (`nsubj` for
/// `nsubj:pass`); ``exactLAS`` compares whole relations.
public struct AttachmentScore: Sendable, CustomStringConvertible {
    public private(set) var words = 0
    public private(set) var uposCorrect = 0
    public private(set) var headCorrect = 0
    public private(set) var labeledCorrect = 0
    public private(set) var exactLabeledCorrect = 0

    public init() {}

    /// Counts one sentence; both must have the same words.
    public mutating func add(predicted: CoNLLU.Sentence, gold: CoNLLU.Sentence) {
        for (p, g) in zip(predicted.words, gold.words) {
            words += 1
            if p.upos == g.upos { uposCorrect += 1 }
            if p.head == g.head {
                headCorrect += 1
                if Self.universal(p.deprel) == Self.universal(g.deprel) { labeledCorrect += 1 }
                if p.deprel == g.deprel { exactLabeledCorrect += 1 }
            }
        }
    }

    public var upos: Double { ratio(uposCorrect) }
    public var uas: Double { ratio(headCorrect) }
    public var las: Double { ratio(labeledCorrect) }
    public var exactLAS: Double { ratio(exactLabeledCorrect) }

    private func ratio(_ count: Int) -> Double { words == 0 ? 0 : Double(count) / Double(words) }

    private static func universal(_ relation: String) -> Substring { relation.split(separator: ":").first ?? "" }

    public var description: String {
        func pct(_ value: Double) -> String {
            let hundredths = Int((value * 10000).rounded())
            let fraction = hundredths % 100
            return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
        }
        return "UPOS \(pct(upos)), UAS \(pct(uas)), LAS \(pct(las)) (whole relations \(pct(exactLAS))) over \(words) words"
    }
}
