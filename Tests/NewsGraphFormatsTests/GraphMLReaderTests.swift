import Foundation
import LibXML
import NewsGraphCore
import NewsGraphFormats
import Testing
import TestSupport

struct GraphMLReaderTests {
    static let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <key id="n_type" for="node" attr.name="type" attr.type="string"/>
          <key id="n_sentence" for="node" attr.name="sentence" attr.type="int"/>
          <key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>
          <graph id="G" edgedefault="directed">
            <node id="a"><data key="label">A</data><data key="n_type">Actor</data></node>
        """
    static let tail = "\n  </graph>\n</graphml>\n"

    /// Broken or hostile documents: the error code and the line it must name (the head ends on line 8).
    static let broken: [(name: String, document: String, code: GraphMLReadError.Code, line: Int)] = [
        (
            "xxe",
            """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <graphml><graph edgedefault="directed"><node id="a"><data key="label">&xxe;</data></node></graph></graphml>
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
            <graphml><graph edgedefault="directed"><node id="a"><data key="label">&lol9;</data></node></graph></graphml>
            """, .doctype, 2
        ),
        (
            "doctype",
            "<?xml version=\"1.0\"?>\n\n<!DOCTYPE graphml SYSTEM \"http://graphml.graphdrawing.org/dtds/graphml.dtd\">\n<graphml/>",
            .doctype, 3
        ),
        ("malformed", head + "\n    <node id=\"b\"><data key=\"label\">B</node>" + tail, .malformedXML, 9),
        ("control character", head + "\n    <node id=\"b\"><data key=\"label\">\u{1}</data></node>" + tail, .malformedXML, 9),
        (
            "dangling edge",
            head + "\n\n    <edge source=\"a\" target=\"nowhere\"><data key=\"e_relation\">arms</data></edge>" + tail,
            .danglingEdge, 10
        ),
        (
            "duplicate node",
            head + "\n    <node id=\"a\"><data key=\"label\">A</data><data key=\"n_type\">Actor</data></node>" + tail,
            .duplicateID, 9
        ),
        (
            "duplicate edge",
            head + "\n    <edge id=\"e\" source=\"a\" target=\"a\"/>\n    <edge id=\"e\" source=\"a\" target=\"a\"/>" + tail,
            .duplicateID, 10
        ),
        (
            "duplicate derived edge id",
            head + "\n    <edge id=\"a:arms:a\" source=\"a\" target=\"a\"><data key=\"e_relation\">arms</data></edge>"
                + "\n    <edge id=\"a:arms:a\" source=\"a\" target=\"a\"><data key=\"e_relation\">arms</data></edge>" + tail,
            .duplicateID, 10
        ),
        ("unknown type", head + "\n    <node id=\"b\"><data key=\"n_type\">Spaceship</data></node>" + tail, .nodeType, 9),
        ("missing type", head + "\n    <node id=\"b\"><data key=\"label\">B</data></node>" + tail, .nodeType, 9),
        ("undeclared key", head + "\n    <node id=\"b\">\n<data key=\"nokey\">x</data></node>" + tail, .undeclaredKey, 10),
        (
            "bad integer",
            head + "\n    <node id=\"b\"><data key=\"n_type\">Place</data><data key=\"n_sentence\">x1</data></node>" + tail,
            .badValue, 9
        ),
        ("hyperedge", head + "\n    <hyperedge><endpoint node=\"a\"/></hyperedge>" + tail, .unsupported, 9),
        ("truncated", String(head.dropLast(20)), .malformedXML, 8),
        ("not graphml", "<?xml version=\"1.0\"?>\n<html><body/></html>", .unsupported, 2),
    ]

    @Test(arguments: broken)
    func refusesWithLine(name: String, document: String, code: GraphMLReadError.Code, line: Int) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let error = try #require(throws: GraphMLReadError.self) {
            try GraphMLReader().read(bytes: Array(document.utf8), name: "\(name).graphml")
        }
        #expect(clock.now - start < TimeBudget.scaled(.seconds(1)))
        #expect(error.code == code, "\(error)")
        #expect(error.line == line, "\(error)")
        #expect(error.description.hasPrefix("\(name).graphml:\(line)"))
    }

    @Test func namesTheFileAndTheEdge() throws {
        let path = try GraphMLTestSupport.file(
            text: Self.head + "\n    <edge id=\"a:arms:b\" source=\"a\" target=\"b\"/>" + Self.tail, name: "dangling.graphml")
        let error = try #require(throws: GraphMLReadError.self) { try GraphMLReader().read(file: path) }
        #expect(error.file == path)
        #expect(error.message.contains("'a:arms:b'") && error.message.contains("'b'"))
        #expect(throws: GraphMLReadError.self) { try GraphMLReader().read(file: path + ".missing") }
        #expect(throws: GraphMLReadError.self) { try GraphMLReader().read(bytes: [], name: "empty.graphml") }
    }

    /// GraphML from another tool: numbered keys, `name` for the label, unknown
    /// keys, defaults, ids with spaces, edges without a relation, a nested graph.
    @Test func readsGraphMLFromOtherTools() throws {
        let document = """
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="name" attr.type="string"/>
              <key id="d1" for="node" attr.name="type" attr.type="string"><default>Actor</default></key>
              <key id="d2" for="node" attr.name="population" attr.type="long"/>
              <key id="d3" for="edge" attr.name="weight" attr.type="double"/>
              <key id="d4" for="edge" attr.name="interaction" attr.type="string"/>
              <graph edgedefault="directed">
                <desc>a test</desc>
                <node id="New York"><data key="d0">New York City</data><data key="d1">place</data><data key="d2">8000000</data></node>
                <node id="n1"><data key="d0">NATO</data>
                  <graph edgedefault="directed"><node id="n2"><data key="d1">weaponsystem</data></node></graph>
                </node>
                <edge source="n1" target="New York"><data key="d3">0.5</data></edge>
                <edge source="n1" target="New York"><data key="d3">0.7</data></edge>
                <edge source="n1" target="n2"><data key="d4">operates</data></edge>
              </graph>
            </graphml>
            """
        let graph = try GraphMLReader().read(bytes: Array(document.utf8), name: "other.graphml")
        #expect(graph.nodes.map(\.id) == ["New_x20_York", "n1", "n2"])
        #expect(graph.nodes.map(\.type) == [.place, .actor, .weaponSystem])
        #expect(graph.nodes.map(\.label) == ["New York City", "NATO", "n2"])
        #expect(graph.node("New_x20_York")?[attribute: "population"] == "8000000")
        #expect(graph.edges.map(\.id) == ["n1:operates:n2", "n1:related_to:New_x20_York"])
    }
}

/// Lines beyond 65535, where libxml2 2.9 stops counting lines on elements.
struct GraphMLReaderLongFileTests {
    @Test(arguments: [70_000, 100_003])
    func namesLinesOfLongFiles(nodes: Int) throws {
        var text = GraphMLReaderTests.head
        for index in 0..<nodes { text += "\n    <node id=\"n\(index)\"><data key=\"n_type\">Place</data></node>" }
        text += "\n    <edge id=\"late\" source=\"a\" target=\"missing\"/>" + GraphMLReaderTests.tail
        let error = try #require(throws: GraphMLReadError.self) {
            try GraphMLReader().read(bytes: Array(text.utf8), name: "long.graphml")
        }
        #expect(error.code == .danglingEdge)
        #expect(error.line == 8 + nodes + 1, "\(error)")
    }
}

/// Damaged files give an error, never a crash: truncations and single-byte
/// changes at many places of a real file.
struct GraphMLReaderDamageTests {
    static let bytes: [UInt8] = (try? GraphMLTestSupport.bytes(SampleGraphs.arms())) ?? []

    @Test(arguments: [UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "\""), 0x00, 0xFF, UInt8(ascii: "x")])
    func survivesDamage(replacement: UInt8) throws {
        #expect(Self.bytes.count > 1000)
        var outcomes: [String: Int] = [:]
        for position in stride(from: 0, to: Self.bytes.count, by: 37) {
            var damaged = Self.bytes
            damaged[position] = replacement
            outcomes[outcome(damaged), default: 0] += 1
            outcomes[outcome(Array(Self.bytes[..<position])), default: 0] += 1
        }
        #expect(outcomes["other error"] == nil, "\(outcomes)")
        #expect(outcomes.keys.contains { $0.hasPrefix("refused") })
    }

    private func outcome(_ bytes: [UInt8]) -> String {
        do {
            _ = try GraphMLReader().read(bytes: bytes, name: "damaged.graphml")
            return "read"
        } catch let error as GraphMLReadError {
            return "refused \(error.code)"
        } catch {
            return "other error"
        }
    }
}

/// The JSON inside GraphML data (RFC 8259), read back.
struct GraphMLJSONReadingTests {
    @Test(
        arguments: [
            (#"["a","b"]"#, ["a", "b"]),
            (#"[]"#, []),
            (
                #"["q\"uote","back\\slash","\n\r\t","\u00e9\u0041","\ud83d\ude80","ü raw"]"#,
                ["q\"uote", "back\\slash", "\n\r\t", "éA", "🚀", "ü raw"]
            ),
            (#"not json"#, ["not json"]),
            (#"["unterminated"#, [#"["unterminated"#]),
            (#"["\ud83d alone"]"#, [#"["\ud83d alone"]"#]),
        ] as [(String, [String])])
    func readsAliases(json: String, expected: [String]) throws {
        let document = """
            <graphml><key id="t" for="node" attr.name="type"/><key id="a" for="node" attr.name="aliases"/>
            <graph edgedefault="directed"><node id="x"><data key="t">Actor</data><data key="a">\(XMLEscaping.escapedText(json))</data></node></graph></graphml>
            """
        let graph = try GraphMLReader().read(bytes: Array(document.utf8))
        #expect(graph.nodes.first?.aliases == expected.sorted())
    }
}
