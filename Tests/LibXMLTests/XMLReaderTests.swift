import LibXML
import Testing
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

struct XMLReaderTests {
    /// Documents the reader must refuse, each with the line the error must name
    /// (for a DOCTYPE, the line where it starts).
    static let refused: [(name: String, document: String, code: XMLError.Code, line: Int)] = [
        (
            "xxe",
            """
            <?xml version="1.0"?>
            <!DOCTYPE r [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            <r>&xxe;</r>
            """, .doctype, 2
        ),
        (
            "billion laughs",
            """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <lolz>&lol9;</lolz>
            """, .doctype, 2
        ),
        ("plain doctype", "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"graphml.dtd\">\n<graphml/>", .doctype, 2),
        ("unclosed", "<a>\n<b>\n</a>", .malformed, 3),
        ("control character", "<a>\n\u{1}</a>", .malformed, 2),
        ("undefined entity", "<a>\n&nope;</a>", .malformed, 2),
        ("two roots", "<a/>\n<b/>", .malformed, 2),
    ]

    @Test(arguments: refused)
    func refusesWithLine(name: String, document: String, code: XMLError.Code, line: Int) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let error = try #require(throws: XMLError.self) {
            try XMLReader.withBytes(Array(document.utf8), name: "\(name).xml") { reader in
                while try reader.read() != nil {}
            }
        }
        #expect(clock.now - start < TimeBudget.scaled(.seconds(1)))
        #expect(error.code == code)
        #expect(error.line == line, "\(error)")
        #expect(error.file == "\(name).xml")
        #expect(error.description.hasPrefix("\(name).xml:\(line)"))
    }

    @Test func readsElementsAttributesAndText() throws {
        let document = "<g xmlns=\"urn:g\">\n  <n id=\"a\"><d k=\"x\">one &amp; <![CDATA[two]]></d></n>\n  <n id=\"b\"/>\n</g>"
        let seen = try XMLReader.withBytes(Array(document.utf8), name: "g.xml") { reader in
            var seen: [String] = []
            while let kind = try reader.read() {
                guard kind == .startElement else { continue }
                if reader.isNamed("n") {
                    seen.append("n \(reader.attribute("id") ?? "?") line \(reader.line) empty \(reader.isEmptyElement)")
                } else if reader.isNamed("d") {
                    seen.append(
                        "d \(reader.attribute("k") ?? "?") \(reader.attribute("missing") ?? "-") \(try reader.readElementText())")
                } else {
                    seen.append("\(reader.localName) \(reader.namespaceURI ?? "")")
                }
            }
            return seen
        }
        #expect(seen == ["g urn:g", "n a line 2 empty false", "d x - one & two", "n b line 3 empty true"])
    }

    @Test func readsFilesAndReportsMissingOnes() throws {
        let path = "/tmp/newsgraph-libxml-\(getpid())-reader.xml"
        let file = try #require(fopen(path, "w"))
        fputs("<a><b>text</b></a>", file)
        fclose(file)
        defer { unlink(path) }
        let text = try XMLReader.withFile(path) { reader -> String in
            while let kind = try reader.read() {
                if kind == .startElement, reader.isNamed("b") { return try reader.readElementText() }
            }
            return ""
        }
        #expect(text == "text")
        let error = try #require(throws: XMLError.self) {
            try XMLReader.withFile("/nonexistent/file.xml") { reader in _ = try reader.read() }
        }
        #expect(error.file == "/nonexistent/file.xml")
    }

    /// libxml2 does not copy a memory buffer: it must stay alive while the reader runs (release builds too).
    @Test func memoryBufferOutlivesOptimizer() throws {
        let count = try XMLReader.withBytes(Array(Self.bigDocument.utf8), name: "big.xml") { reader in
            var count = 0
            while let kind = try reader.read() {
                guard kind == .startElement else { continue }
                if reader.isNamed("item") { count += 1 }
            }
            return count
        }
        #expect(count == 20_000)
    }

    static let bigDocument: String = {
        var text = "<list>"
        for index in 0..<20_000 { text += "<item n=\"\(index)\">value \(index)</item>" }
        return text + "</list>"
    }()
}

/// A DOCTYPE is reported where it starts; one outside the prolog is plain malformed XML.
struct DoctypeLocatorTests {
    @Test(
        arguments: [
            ("<?xml version=\"1.0\"?>\n<!DOCTYPE a>\n<a/>", .doctype, 2, 1),
            ("<!-- c -->\n\n  <!DOCTYPE a [\n]><a/>", .doctype, 3, 3),
            ("<a>\n<!DOCTYPE not-in-prolog></a>", .malformed, 2, nil),
            ("<?xml version=\"1.0\"?><a/>", nil, nil, nil),
        ] as [(String, XMLError.Code?, Int?, Int?)])
    func findsTheDoctype(document: String, code: XMLError.Code?, line: Int?, column: Int?) throws {
        do {
            try XMLReader.withBytes(Array(document.utf8), name: "d.xml") { reader in while try reader.read() != nil {} }
            #expect(code == nil)
        } catch let error as XMLError {
            #expect(error.code == code)
            #expect(error.line == line)
            if let column { #expect(error.column == column) }
        }
    }
}
