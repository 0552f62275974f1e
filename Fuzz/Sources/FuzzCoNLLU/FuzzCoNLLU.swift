import FuzzSupport
import NewsGraphSyntax

/// CoNLL-U: any text is sentences or a `FormatError` with a line; what is
/// read and written reads back to the same text.
func fuzzCoNLLU(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: FuzzCheck.bytes(start, count), as: UTF8.self)
    let sentences: [CoNLLU.Sentence]
    do {
        sentences = try CoNLLU.read(text, source: "fuzz.conllu")
    } catch {
        FuzzCheck.require(error.line >= 1, "a CoNLL-U error without a line: \(error)")
        return 0
    }
    let written = CoNLLU.write(sentences)
    do {
        let again = try CoNLLU.read(written, source: "written.conllu")
        FuzzCheck.require(CoNLLU.write(again) == written, "CoNLL-U changed on a round trip:\n\(written)")
    } catch {
        FuzzCheck.fail("the CoNLL-U reader rejects what its writer wrote: \(error)\n\(written)")
    }
    return 0
}
