internal import CSyntaxModel

/// The trained tagger and parser weights, with their tag and relation names.
///
/// The built-in model is compiled into the binary; ``init(bytes:)`` reads one
/// written by `newsgraph-train` (see ``SyntaxModelFile`` for the layout).
/// Tables are read in place, so loading costs nothing but a scan of the headers.
public final class SyntaxModel: @unchecked Sendable {
    /// Tag `i` of the tagger: its UPOS and XPOS.
    public let tags: [(upos: String, xpos: String)]
    /// Relation `i` of the parser (`nsubj`, `obl:tmod`, ...).
    public let labels: [String]
    /// What the model was trained on and how it scored, as the trainer wrote it.
    public let info: String
    let taggerWeights: WeightTable
    let wordClasses: WordClassTable
    let parserWeights: WeightTable
    /// States the parser's beam keeps (1: greedy).
    let beamWidth: Int
    /// For each tag number, the number of its UPOS among the model's UPOS tags (sorted by name).
    let coarse: [Int]
    /// The label index of `punct`, the relation a punctuation word gets.
    let punctLabel: Int
    /// Owned copy of the bytes for a model read from a file; nil for the built-in one.
    private let owned: UnsafeMutableRawBufferPointer?

    /// The model compiled into this binary.
    public static let builtIn: Result<SyntaxModel, SyntaxModelError> = {
        let size = newsgraph_syntax_model_size()
        guard size > 1, let bytes = newsgraph_syntax_model_bytes() else {
            return .failure(SyntaxModelError("no syntax model is compiled into this binary; run scripts/parser/train.sh and rebuild"))
        }
        return Result { try SyntaxModel(base: UnsafeRawBufferPointer(start: bytes, count: size), owned: nil) }
            .mapError { $0 as? SyntaxModelError ?? SyntaxModelError("\($0)") }
    }()

    /// A model from the bytes of a model file.
    public convenience init(bytes: [UInt8]) throws(SyntaxModelError) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        copy.copyBytes(from: bytes)
        do {
            try self.init(base: UnsafeRawBufferPointer(start: copy.baseAddress, count: bytes.count), owned: copy)
        } catch {
            copy.deallocate()
            throw error
        }
    }

    private init(base: UnsafeRawBufferPointer, owned: UnsafeMutableRawBufferPointer?) throws(SyntaxModelError) {
        let file = try SyntaxModelFile(base)
        let tagLines = try file.lines("TAGS")
        tags = tagLines.map { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "_")
        }
        let universal = Array(Set(tags.map(\.upos))).sorted()
        coarse = tags.map { tag in universal.firstIndex(of: tag.upos) ?? 0 }
        labels = try file.lines("LABS")
        info = (try? file.text("INFO")) ?? ""
        let settings = (try? file.lines("CONF")) ?? []
        beamWidth = settings.lazy.compactMap { $0.hasPrefix("beam ") ? Int($0.dropFirst(5)) : nil }.first.map { max(1, min($0, 64)) } ?? 1
        taggerWeights = try file.table("TAGW", classes: tags.count)
        wordClasses = try file.wordClasses("WCLS")
        parserWeights = try file.table("PARW", classes: ArcHybrid.moveCount(labels: labels.count))
        guard let punct = labels.firstIndex(of: "punct"), !tags.isEmpty else {
            throw SyntaxModelError("the syntax model has no tags or no 'punct' relation; it is not a newsgraph model")
        }
        punctLabel = punct
        self.owned = owned
    }

    deinit { owned?.deallocate() }
}
