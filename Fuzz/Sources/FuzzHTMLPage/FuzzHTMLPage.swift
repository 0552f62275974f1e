import FuzzSupport
import NewsGraphText

/// Saved web pages through libxml2's HTML parser, the page tree, the content
/// scorer and the chrome filter: any bytes give a document whose sentences
/// and tokens are consistent with its body.
func fuzzHTMLPage(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzCheck.bytes(start, count)
    let document = DocumentReader().read(bytes: bytes, source: "fuzz.html")
    DocumentInvariants.check(document, "HTML page")
    return 0
}
