import NewsGraphSyntax
import Testing
import TestSupport

/// The CoNLL-U reader: line endings, a round trip, and its limits.
struct CoNLLUTests {
    static let sentence = "# text = It works.\n1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tworks\twork\tVERB\tVBZ\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"

    /// The `FormatError` reading `text` throws, if any.
    static func failure(_ text: String) -> CoNLLU.FormatError? {
        do {
            _ = try CoNLLU.read(text, source: "in.conllu")
            return nil
        } catch {
            return error
        }
    }

    @Test("LF and CR LF files read the same and write back as LF")
    func lineEndings() throws {
        let unix = try CoNLLU.read(Self.sentence, source: "unix.conllu")
        let windows = try CoNLLU.read(Self.sentence.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n"), source: "windows.conllu")
        #expect(unix.map(\.words) == windows.map(\.words))
        #expect(unix.first?.words.map(\.form) == ["It", "works", "."])
        #expect(CoNLLU.write(windows) == Self.sentence)
    }

    @Test("a carriage return inside a line is an error with its line (found by fuzzing)")
    func carriageReturnInField() throws {
        let text = try FuzzRegressions.text("FuzzCoNLLU", "carriage-return-in-field.conllu")
        let error = try #require(Self.failure(text))
        #expect(error.source == "in.conllu" && error.line == 1 && error.message.contains("carriage return"))
    }

    @Test("a line longer than 1 MiB is an error with its line")
    func longLine() throws {
        let long = "2\t" + String(repeating: "x", count: CoNLLU.maximumLineLength) + "\tx\tX\tX\t_\t0\troot\t_\t_\n"
        let error = try #require(Self.failure("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n" + long))
        #expect(error.line == 2 && error.message.contains("longer than 1048576 bytes"))
    }

    @Test("a sentence of more than 10,000 words is an error at the word past the limit")
    func longSentence() throws {
        let words = (1...CoNLLU.maximumSentenceLength + 1).map { "\($0)\tw\tw\tX\tX\t_\t0\tdep\t_\t_\n" }.joined()
        let error = try #require(Self.failure(words))
        #expect(error.line == CoNLLU.maximumSentenceLength + 1 && error.message.contains("more than 10000 words"))
        #expect(Self.failure(String(words.split(separator: "\n").dropLast().joined(separator: "\n"))) == nil)
    }
}
