import NewsGraphText
import Testing

/// The page reader's limits: a page over the size limit is a clear error,
/// any nesting reads without a stack overflow.
@Suite struct PageLimitTests {
    let reader = DocumentReader()

    @Test func pageOverTheSizeLimitIsAClearError() {
        let head = Array("<html><body><p>Germany sent tanks to Ukraine.</p><div class=\"".utf8)
        let bytes = head + [UInt8](repeating: UInt8(ascii: "a"), count: DocumentReader.maximumPageSize) + Array("\"></div></body></html>".utf8)
        #expect(reader.read(bytes: bytes, source: "huge.html").text == "")
        #expect(throws: TextInputError.pageTooLarge(source: "huge.html", size: bytes.count)) {
            try reader.readChecked(bytes: bytes, source: "huge.html")
        }
        let message = TextInputError.pageTooLarge(source: "huge.html", size: bytes.count).description
        #expect(message.hasPrefix("huge.html is a web page of \(bytes.count) bytes, more than the 33554432 a page may have"))
    }

    @Test(arguments: ["div", "b", "table"])
    func hundredThousandNestedElementsRead(element: String) {
        let text = "<html><body>" + String(repeating: "<\(element)>", count: 100_000) + "<p>Germany sent tanks to Ukraine.</p>"
            + String(repeating: "</\(element)>", count: 100_000) + "</body></html>"
        #expect(reader.read(bytes: Array(text.utf8), source: "deep.html").text.contains("Germany sent tanks to Ukraine."))
    }
}
