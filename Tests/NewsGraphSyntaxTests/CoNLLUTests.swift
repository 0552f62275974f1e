import Testing

@testable import NewsGraphSyntax

@Suite struct CoNLLUTests {
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

    @Test func refusesOverlongLines() {
        let line = String(repeating: "x", count: CoNLLU.maximumLineLength + 1)
        #expect(throws: CoNLLU.FormatError.self) { try CoNLLU.read(line, source: "long") }
    }
}
