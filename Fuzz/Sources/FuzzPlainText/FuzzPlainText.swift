import FuzzSupport
import NewsGraphExtraction
import NewsGraphText

let extractor = Extractor()

/// Plain-text articles through decoding, the tokenizer, the sentence
/// splitter and the whole extraction pipeline: extraction never fails, its
/// provenance lies inside the body, and its graph reads back through the
/// JSON and GraphML readers unchanged.
func fuzzPlainText(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzCheck.bytes(start, count)
    let document = DocumentReader().read(bytes: bytes, source: "fuzz.txt")
    DocumentInvariants.check(document, "plain text")
    do {
        let graph = try extractor.extract(document)
        DocumentInvariants.check(graph, of: document, "extraction")
        GraphRoundTrip.checkJSON(graph, "extraction")
        GraphRoundTrip.checkGraphML(graph, "extraction")
    } catch {
        FuzzCheck.fail("extraction failed: \(error)")
    }
    return 0
}
