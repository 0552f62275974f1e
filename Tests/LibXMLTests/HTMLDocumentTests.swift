import LibXML
import Testing

@Suite struct HTMLDocumentTests {
    func texts(_ html: String) -> [String] {
        HTMLDocument(bytes: Array(html.utf8)).nodes.filter { $0.kind == .text }.map(\.text)
    }

    @Test func treeIsFlatAndInDocumentOrder() {
        let page = HTMLDocument(bytes: Array("<html><body><p class=\"lead\" ID=x>Hi <b>there</b></p></body></html>".utf8))
        let names = page.nodes.map { $0.kind == .text ? "#\($0.text)" : $0.name }
        #expect(names == ["", "html", "body", "p", "#Hi ", "b", "#there"])
        let p = page.nodes[3]
        #expect(p.attribute("class") == "lead")
        #expect(p.attribute("id") == "x")
        #expect(p.children == [4, 5])
        #expect(page.nodes[6].parent == 5)
        for (index, node) in page.nodes.enumerated() {
            for child in node.children { #expect(page.nodes[child].parent == index) }
        }
    }

    @Test(arguments: [
        ("<p>caf&eacute; &amp; &#8220;bar&#x201D;", ["café & “bar”"]),
        ("<p>one<p>two", ["one", "two"]),
        ("<div><p>unclosed <i>italic</div>after", ["unclosed ", "italic", "after"]),
        ("<!-- a comment --><p>kept</p>", ["kept"]),
        ("<p>a</p><!DOCTYPE html><p>b</p>", ["a", "b"]),
    ])
    func repairsAndDecodes(html: String, expected: [String]) {
        #expect(texts(html) == expected)
    }

    @Test func entitiesAreNotExpandedAndNothingIsFetched() {
        let html = """
            <!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <html><body><p>&xxe;</p><img src="http://127.0.0.1:1/x.png"></body></html>
            """
        let joined = texts(html).joined()
        #expect(!joined.contains("root:"))
    }

    /// libxml2 keeps stray bytes of such input as a short text node; what matters is a tree, not a crash.
    @Test(arguments: [[UInt8](), [0], Array("\u{FEFF}".utf8), [0xFF, 0xFE, 0x00], [0x3C, 0x3C, 0x3E, 0x00, 0x26]])
    func emptyOrBrokenInputGivesATree(bytes: [UInt8]) {
        let page = HTMLDocument(bytes: bytes)
        #expect(page.nodes.first?.kind == .document)
        #expect(page.nodes.allSatisfy { $0.text.unicodeScalars.count <= bytes.count })
    }

    @Test func deepNestingIsKeptWithoutRecursion() {
        let depth = 50_000
        let html = String(repeating: "<div>", count: depth) + "<p>bottom</p>" + String(repeating: "</div>", count: depth)
        let page = HTMLDocument(bytes: Array(html.utf8))
        #expect(page.nodes.filter { $0.name == "div" }.count == depth)
        #expect(page.nodes.last?.text == "bottom")
    }

    @Test func encodingComesFromTheMetaTag() {
        let bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8) + [0x93, 0x41, 0x94]
            + Array("</p></body></html>".utf8)
        #expect(texts(String(decoding: bytes, as: UTF8.self)) != ["\u{201C}A\u{201D}"])  // String round trip loses bytes
        let page = HTMLDocument(bytes: bytes)
        #expect(page.nodes.filter { $0.kind == .text }.map(\.text) == ["\u{201C}A\u{201D}"])
    }
}
