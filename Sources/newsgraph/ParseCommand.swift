import ArgumentParser
import NewsGraphExtraction
import NewsGraphSyntax
import NewsGraphText

/// `newsgraph parse`: part-of-speech tags and dependency trees as CoNLL-U.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the tagger's and parser's reading of an article, or of a CoNLL-U file's words, as CoNLL-U.",
        discussion: """
            For an article (text or saved web page), prints its sentences and words as extraction \
            sees them: UPOS, XPOS, head and relation for every word, the word's character range in \
            the body that `newsgraph text` prints (MISC Range=start:end, Unicode code points, \
            half-open), and multiword token lines where a token splits into words (don't, \
            Russian-made).

            With --tokenized, reads a CoNLL-U file and keeps its words, comments and every other \
            field, filling in UPOS, XPOS, HEAD and DEPREL: run it on a treebank's test file and \
            compare with the gold file to check the accuracy.

            The tagger and parser were trained on Universal Dependencies English EWT (CC BY-SA 4.0).

            Examples:
              newsgraph parse article.txt
              newsgraph parse --tokenized en_ewt-ud-test.conllu > predicted.conllu
            """)

    @Argument(help: "An article (.txt, .html, - for standard input), or with --tokenized a CoNLL-U file.")
    var file: String

    @Flag(help: "Read FILE as CoNLL-U and keep its words.")
    var tokenized = false

    @Option(help: "States the parser's beam keeps; the model's own width by default, 1 for greedy decoding as extraction uses.")
    var beam: Int?

    @Option(help: ArgumentHelp("A model file written by newsgraph-train, instead of the built-in one.", visibility: .hidden))
    var model: String?

    func validate() throws {
        if let beam, !(1...64).contains(beam) { throw ValidationError("--beam must be between 1 and 64") }
    }

    func run() throws {
        let model = try SyntaxModelOption.load(model)
        let bytes = try InputFile.read(file)
        if tokenized {
            var sentences: [CoNLLU.Sentence]
            do {
                sentences = try CoNLLU.read(String(decoding: bytes, as: UTF8.self), source: file)
            } catch {
                throw CLIError("\(error); give a CoNLL-U file (ten tab-separated fields a word, a blank line after each sentence)")
            }
            let analyzer = SyntaxAnalyzer(model: model, beamWidth: beam)
            for index in sentences.indices { analyzer.annotate(&sentences[index]) }
            print(CoNLLU.write(sentences), terminator: "")
        } else {
            let document = try DocumentReader().readChecked(bytes: bytes, source: file)
            print(SentenceParser(model: model, beamWidth: beam).conllu(document), terminator: "")
        }
    }
}
