import NewsGraphCore
import NewsGraphText
import Testing
import TestSupport

@Suite struct BadInputTests {
    let reader = DocumentReader()

    @Test(arguments: ["empty.txt", "empty.html", "-"])
    func emptyInputGivesEmptyBody(source: String) {
        let document = reader.read(bytes: [], source: source)
        #expect(document.text == "")
        #expect(document.sentences.isEmpty)
    }

    @Test func binaryInputGivesEmptyBodyOrAClearError() {
        let bytes = [UInt8](repeating: 0, count: 1000) + Array("ELF".utf8) + [UInt8](repeating: 3, count: 500)
        #expect(reader.read(bytes: bytes, source: "blob.txt").text == "")
        #expect(throws: TextInputError.binary(source: "blob.txt")) {
            try reader.readChecked(bytes: bytes, source: "blob.txt")
        }
        let message = TextInputError.binary(source: "blob.txt").description
        #expect(message.hasPrefix("blob.txt looks like a binary file, not an article"))
    }

    @Test func invalidUTF8IsReplaced() {
        let bytes: [UInt8] = Array("Kyiv ".utf8) + [0xFF, 0xC3] + Array(" said. Caf".utf8) + [0xE9] + Array(" open.".utf8)
        let document = reader.read(bytes: bytes, source: "a.txt")
        #expect(document.text == "Kyiv \u{FFFD}\u{FFFD} said. Caf\u{FFFD} open.")
        #expect(document.sentences.count == 2)
    }

    @Test func fewNULBytesInTextAreSpaces() {
        let bytes = Array("Ships\u{0}sailed north.".utf8)
        #expect(reader.read(bytes: bytes, source: "a.txt").text == "Ships sailed north.")
    }

    @Test func hugeSingleLineIsLinear() {
        let unit = Array("Gen. Lee met U.S. envoys in Kyiv, and 1.5 tonnes arrived \u{201C}today\u{201D}. ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(unit.count * 200_000)
        for _ in 0..<200_000 { bytes.append(contentsOf: unit) }  // about 15 MB, one line
        let clock = ContinuousClock()
        var document: Document?
        let elapsed = clock.measure { document = reader.read(bytes: bytes, source: "big.txt") }
        #expect(document?.sentences.count == 200_000)
        #expect(elapsed < TimeBudget.scaled(.seconds(60)), "a 15 MB line took \(elapsed)")
    }

    @Test func deeplyNestedPageDoesNotOverflowTheStack() {
        let depth = 10_000
        let page = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>Buried deep, the sentence survives.</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
        let document = reader.read(bytes: Array(page.utf8), source: "deep.html")
        #expect(document.text == "Buried deep, the sentence survives.")
    }

    @Test func unclosedNestingDoesNotOverflowTheStack() {
        let page = "<html><body>" + String(repeating: "<div><span><b>", count: 20_000) + "<p>Still here.</p>"
        let document = reader.read(bytes: Array(page.utf8), source: "deep.html")
        #expect(document.text == "Still here.")
    }

    @Test(arguments: [
        ("<meta charset=\"x-no-such-encoding\"><p>Kiev caf\u{00E9} closes, owner says.</p>", "Kiev caf"),
        ("<meta charset=\"utf-16\"><p>Ports reopen, agency says.</p>", "Ports reopen"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ebcdic-cp-us\"><p>Rail strike ends.</p>", ""),
    ])
    func unknownOrWrongEncodingNeverCrashes(html: String, expectedPrefix: String) {
        let document = reader.read(bytes: Array(html.utf8), source: "page.html")
        #expect(document.text.hasPrefix(expectedPrefix))
    }

    @Test func latin1PageIsDecodedFromItsMetaCharset() {
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8) + [0xE9]
            + Array(" in Lodz reopens, owner says.</p></body></html>".utf8)
        #expect(reader.read(bytes: bytes, source: "page.html").text == "Caf\u{00E9} in Lodz reopens, owner says.")
    }

    @Test func scriptOnlyPageGivesEmptyBody() {
        let page = "<html><head><script>document.write('Breaking: rockets fired')</script></head><body></body></html>"
        #expect(reader.read(bytes: Array(page.utf8), source: "p.html").text == "")
    }
}
