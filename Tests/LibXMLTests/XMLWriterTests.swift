import LibXML
import Testing

struct XMLWriterTests {
    /// Writes with `body` and returns the document as text.
    static func written(indent: Bool = true, _ body: (XMLWriter) throws -> Void) throws -> String {
        var bytes: [UInt8] = []
        let writer = try XMLWriter(indent: indent) { bytes.append(contentsOf: $0) }
        try writer.startDocument()
        try body(writer)
        try writer.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func writesElementsAttributesAndText() throws {
        let text = try Self.written { writer in
            try writer.startElement("root")
            try writer.attribute("xmlns", constant: "urn:example")
            try writer.startElement("item")
            try writer.attribute("id", "a&b")
            try writer.text("x < y")
            try writer.endElement()
            try writer.element("count", text: "3")
            try writer.startElement("number")
            try writer.text(-1234567890)
            try writer.endElement()
            try writer.startElement("empty")
            try writer.endElement()
        }
        #expect(
            text == """
                <?xml version="1.0" encoding="UTF-8"?>
                <root xmlns="urn:example">
                  <item id="a&amp;b">x &lt; y</item>
                  <count>3</count>
                  <number>-1234567890</number>
                  <empty/>
                </root>

                """)
    }

    @Test(arguments: [Int.min, -1, 0, 7, 10, 99, 100, Int.max])
    func writesIntegers(value: Int) throws {
        let text = try Self.written(indent: false) { writer in
            try writer.startElement("n")
            try writer.text(value)
        }
        #expect(text.hasSuffix("<n>\(value)</n>\n"))
    }

    /// Every hostile string comes back, reduced to XML 1.0 characters, from a well-formed document.
    @Test(arguments: [
        "NUL \u{0} inside", "controls \u{1}\u{2}\u{1B}\u{FFFE}\u{FFFF}", "]]> and <![CDATA[", "quotes \" ' & <>",
        "new\nline\r\ncarriage\rtab\t", "emoji 🚀 and RTL إسرائيل",
    ])
    func hostileTextRoundTrips(input: String) throws {
        let text = try Self.written { writer in
            try writer.startElement("root")
            try writer.attribute("value", input)
            try writer.text(input)
        }
        let (attribute, content) = try XMLReader.withBytes(Array(text.utf8), name: "hostile.xml") { reader in
            #expect(try reader.read() == .startElement)
            let attribute = reader.attribute("value")
            return (attribute, try reader.readElementText())
        }
        #expect(attribute == XMLCharacters.reduced(input))
        #expect(content == XMLCharacters.reduced(input))
    }

    struct Refused: Error {}

    @Test func outputErrorsStopTheWriter() throws {
        let writer = try XMLWriter { _ in throw Refused() }
        #expect(throws: Refused.self) {
            try writer.startDocument()
            try writer.startElement("root")
            try writer.text(String(repeating: "x", count: 100_000))
            try writer.finish()
        }
    }
}
