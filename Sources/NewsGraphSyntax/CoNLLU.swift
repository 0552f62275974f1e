/// CoNLL-U, the Universal Dependencies file format: one word a line with ten
/// tab-separated fields, sentences separated by a blank line, comments
/// starting with `#`.
///
/// ``read(_:source:)`` keeps every line, so that ``write(_:)`` gives back the
/// file with only the fields a caller changed; multiword token lines (`3-4`)
/// and empty nodes (`8.1`) pass through unchanged.
public enum CoNLLU {
    /// One syntactic word: the ten fields, `_` where empty.
    public struct Word: Sendable, Equatable {
        public var id: Int
        public var form: String
        public var lemma = "_"
        public var upos = "_"
        public var xpos = "_"
        public var feats = "_"
        /// The head's id (0 for the root), or nil where the file has `_`.
        public var head: Int?
        public var deprel = "_"
        public var deps = "_"
        public var misc = "_"

        public init(id: Int, form: String) {
            self.id = id
            self.form = form
        }

        /// Whether `misc` holds `SpaceAfter=No`.
        public var noSpaceAfter: Bool { misc.split(separator: "|").contains("SpaceAfter=No") }
    }

    /// A sentence: its words, and every line in file order.
    public struct Sentence: Sendable {
        public enum Line: Sendable {
            case comment(String)
            case word(Int)
            case other(String)
        }
        public var lines: [Line] = []
        public var words: [Word] = []

        public init() {}
    }

    /// A line that is not CoNLL-U, with where it is.
    public struct FormatError: Error, CustomStringConvertible, Sendable {
        public let source: String
        public let line: Int
        public let message: String
        public var description: String { "\(source):\(line): \(message)" }
    }

    /// The longest line ``read(_:source:)`` accepts, in bytes.
    public static let maximumLineLength = 1 << 20
    /// The most words a sentence may have.
    public static let maximumSentenceLength = 10_000

    /// Parses CoNLL-U text. Word ids must run 1, 2, 3, ... in each sentence and
    /// heads must name a word of the sentence (or 0).
    public static func read(_ text: String, source: String) throws(FormatError) -> [Sentence] {
        var sentences: [Sentence] = []
        var current = Sentence()
        var lineNumber = 0
        // The line of the sentence's first line and of each of its words, for errors found when it ends.
        var firstLine = 1
        var wordLines: [Int] = []
        func fail(_ message: String, at line: Int? = nil) -> FormatError { FormatError(source: source, line: line ?? lineNumber, message: message) }
        func finish() throws(FormatError) {
            defer {
                current = Sentence()
                wordLines = []
            }
            guard !current.words.isEmpty else {
                guard current.lines.isEmpty else { throw fail("a sentence has comments but no words", at: firstLine) }
                return
            }
            for (word, line) in zip(current.words, wordLines) {
                if let head = word.head, head > current.words.count {
                    throw fail("word \(word.id) has head \(head), which is not a word of its sentence", at: line)
                }
            }
            sentences.append(current)
        }
        // CR LF is one Character, so it must be named as a separator of its own.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            guard line.utf8.count <= maximumLineLength else { throw fail("the line is longer than \(maximumLineLength) bytes") }
            guard !line.contains("\r") else { throw fail("a carriage return inside the line; lines end in LF or CR LF") }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                try finish()
                continue
            }
            if current.lines.isEmpty { firstLine = lineNumber }
            if line.hasPrefix("#") {
                current.lines.append(.comment(String(line)))
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 10 else { throw fail("expected 10 tab-separated fields, found \(fields.count)") }
            let id = fields[0]
            if id.contains("-") || id.contains(".") {
                current.lines.append(.other(String(line)))
                continue
            }
            guard let number = Int(id), number == current.words.count + 1 else {
                throw fail("word id '\(id)' should be \(current.words.count + 1)")
            }
            guard number <= maximumSentenceLength else { throw fail("a sentence has more than \(maximumSentenceLength) words") }
            var word = Word(id: number, form: String(fields[1]))
            word.lemma = String(fields[2])
            word.upos = String(fields[3])
            word.xpos = String(fields[4])
            word.feats = String(fields[5])
            if fields[6] != "_" {
                guard let head = Int(fields[6]), head >= 0 else { throw fail("head '\(fields[6])' is not a number") }
                word.head = head
            }
            word.deprel = String(fields[7])
            word.deps = String(fields[8])
            word.misc = String(fields[9])
            current.lines.append(.word(current.words.count))
            current.words.append(word)
            wordLines.append(lineNumber)
        }
        try finish()
        return sentences
    }

    /// The sentences as CoNLL-U text, each followed by a blank line.
    public static func write(_ sentences: [Sentence]) -> String {
        var out = ""
        for sentence in sentences {
            for line in sentence.lines {
                switch line {
                case .comment(let text), .other(let text):
                    out += text
                case .word(let index):
                    let w = sentence.words[index]
                    let head = w.head.map(String.init) ?? "_"
                    out += "\(w.id)\t\(w.form)\t\(w.lemma)\t\(w.upos)\t\(w.xpos)\t\(w.feats)\t\(head)\t\(w.deprel)\t\(w.deps)\t\(w.misc)"
                }
                out += "\n"
            }
            out += "\n"
        }
        return out
    }
}
