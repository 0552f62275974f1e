import FuzzSupport
import NewsGraphExtraction
import NewsGraphText

/// `--lexicon` files, TSV and JSON: any input is a lexicon or a
/// `LexiconError`; a lexicon that loads drives extraction of the same bytes
/// read as an article (so its surface forms are found), which never fails
/// and gives a graph that reads back unchanged.
func fuzzLexicon(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzCheck.bytes(start, count)
    let tsv = try? Lexicon().adding(tsv: String(decoding: bytes, as: UTF8.self), source: "fuzz.tsv")
    let json = try? Lexicon().adding(json: bytes, source: "fuzz.json")
    let document = DocumentReader().read(bytes: bytes, source: "fuzz.txt")
    for lexicon in [tsv, json].compactMap({ $0 }) {
        do {
            let graph = try Extractor(lexicon: lexicon).extract(document)
            GraphRoundTrip.checkJSON(graph, "extraction with a fuzzed lexicon")
        } catch {
            FuzzCheck.fail("extraction with a lexicon that loaded failed: \(error)")
        }
    }
    return 0
}
