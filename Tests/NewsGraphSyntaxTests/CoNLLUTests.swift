@testable import NewsGraphSyntax
import Testing
import TestSupport

/// The CoNLL-U reader: line endings, a round trip, and its limits.
struct CoNLLUTests {
    static let sample = """
        # sent_id = 1
        # text = I don't know.
        1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
        4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

        """

    @Test func roundTripsEveryLine() throws {
        let sentences = try CoNLLU.read(Self.sample, source: "sample")
        #expect(sentences.count == 1)
        #expect(sentences[0].words.map(\.form) == ["I", "do", "n't", "know", "."])
        #expect(sentences[0].words[3].noSpaceAfter)
        #expect(CoNLLU.write(sentences) == Self.sample + "\n")
    }

    @Test(arguments: [
        ("1\tI\tI\tPRON\n", "expected 10 tab-separated fields"),
        ("2\tI\t_\t_\t_\t_\t0\troot\t_\t_\n", "word id '2' should be 1"),
        ("1\tI\t_\t_\t_\t_\t7\troot\t_\t_\n", "has head 7"),
        ("1\tI\t_\t_\t_\t_\tx\troot\t_\t_\n", "head 'x' is not a number"),
        ("# only a comment\n", "comments but no words"),
    ])
    func reportsTheLine(text: String, message: String) {
        do {
            _ = try CoNLLU.read(text, source: "bad.conllu")
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.description.hasPrefix("bad.conllu:1: "), "\(error)")
            #expect(error.description.contains(message), "\(error)")
        }
    }

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
