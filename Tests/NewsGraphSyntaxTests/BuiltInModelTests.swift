import Testing

@testable import NewsGraphSyntax

/// The model compiled into the binary: it loads, and any words give a tree.
@Suite struct BuiltInModelTests {
    static func analyzer() throws -> SyntaxAnalyzer {
        SyntaxAnalyzer(model: try SyntaxModel.builtIn.get())
    }

    @Test(arguments: [
        [String](),
        ["."],
        ["Germany", "sent", "tanks", "to", "Ukraine", "."],
        ["Путин", "заявил", "о", "поставках", "."],
        ["الجيش", "قال", "إن", "الهجوم", "فشل"],
        ["导弹", "发射", "了"],
        ["🙂", "\u{0}", "\u{FEFF}", "", " ", "\t"],
        Array(repeating: "missiles", count: 250),
    ])
    func anyWordsGiveATree(words: [String]) throws {
        let analysis = try Self.analyzer().analyze(words)
        #expect(analysis.heads.count == words.count)
        if !words.isEmpty { #expect(analysis.heads.filter { $0 == 0 }.count == 1) }
        #expect(analysis.heads.allSatisfy { $0 >= 0 && $0 <= words.count })
    }

    @Test func readsASimpleSentence() throws {
        let analysis = try Self.analyzer().analyze(["Germany", "sent", "tanks", "to", "Ukraine", "."])
        #expect(analysis.upos == ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"])
        #expect(analysis.heads == [2, 0, 2, 5, 2, 2])
        #expect(analysis.relations[0] == "nsubj" && analysis.relations[2] == "obj" && analysis.relations[4] == "obl")
    }
}
