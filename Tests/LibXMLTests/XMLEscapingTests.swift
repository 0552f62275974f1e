import LibXML
import Testing

/// XML 1.0 §2.4 CharData and §2.11 end-of-line handling.
struct XMLEscapingTests {
    @Test(arguments: [
        ("", ""),
        ("plain", "plain"),
        ("a < b", "a &lt; b"),
        ("a > b", "a &gt; b"),
        ("]]>", "]]&gt;"),
        ("&amp;", "&amp;amp;"),
        ("\"quotes\" 'stay'", "\"quotes\" 'stay'"),
        ("cr\r\nlf\n", "cr&#13;\nlf\n"),
        ("tab\there", "tab\there"),
        ("ünïcödé 🚀", "ünïcödé 🚀"),
    ])
    func escapes(input: String, expected: String) {
        #expect(XMLEscaping.escapedText(input) == expected)
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("a<b>c&d\"e'f", "a&lt;b&gt;c&amp;d&quot;e'f"),
        ("tab\tlf\ncr\r", "tab&#9;lf&#10;cr&#13;"),
        ("ünïcödé", "ünïcödé"),
    ])
    func escapesAttributes(input: String, expected: String) {
        #expect(XMLEscaping.escapedAttribute(input) == expected)
    }

    /// The one-write path for leaf elements gives the same bytes as libxml2's own calls.
    @Test(arguments: ["plain", "a < b & \"c\" > d", "key\"with'quotes", "new\nline\r\ttab", "NUL\u{0} \u{1}", "ünï 🚀"])
    func fastLeafMatchesLibxml2(value: String) throws {
        let fast = try XMLWriterTests.written { writer in
            try writer.startElement("root")
            try writer.element("data", attribute: "key", "ascii-\(value.utf8.count)", text: value)
        }
        let slow = try XMLWriterTests.written { writer in
            try writer.startElement("root")
            try writer.startElement("data")
            try writer.attribute("key", "ascii-\(value.utf8.count)")
            try writer.text(value)
            try writer.endElement()
        }
        #expect(fast == slow)
    }
}

/// Word-at-a-time scans find exactly what a byte loop finds.
struct ByteScanTests {
    @Test(arguments: 0..<40)
    func findsEveryPosition(position: Int) {
        for special in [UInt8(0x01), 0x0D, 0x3C, 0xEF] {
            var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 40)
            bytes[position] = special
            if special == 0xEF { bytes.append(contentsOf: [0xBF, 0xBF]) }
            let text = String(decoding: bytes, as: UTF8.self)
            let expectedReduction = special == 0x01 || (special == 0xEF && position == 39)
            #expect(XMLCharacters.needsReduction(text) == expectedReduction, "\(special) at \(position)")
            #expect((XMLEscaping.escapedText(text) != text) == (special == 0x0D || special == 0x3C))
        }
    }
}
