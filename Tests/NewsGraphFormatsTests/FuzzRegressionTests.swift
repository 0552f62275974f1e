import NewsGraphCore
import Testing
import TestSupport

@testable import NewsGraphFormats

/// Inputs on which the fuzz targets FuzzJSONGraph and FuzzGraphML once
/// failed (Fuzz/Regressions), each with what it must give now.
struct FuzzRegressionTests {
    static func json(_ graph: Graph) throws -> [UInt8] {
        let sink = ByteSink.memory()
        try JSONGraphWriter().write(graph, to: sink)
        return sink.bytes
    }

    static func graphML(_ graph: Graph) throws -> [UInt8] {
        let sink = ByteSink.memory()
        try GraphMLWriter().write(graph, to: sink)
        return sink.bytes
    }

    @Test("a provenance record without an article is an error with its place, not a record GraphML drops")
    func provenanceWithoutArticle() throws {
        let bytes = try FuzzRegressions.bytes("FuzzJSONGraph", "provenance-without-article.json")
        #expect {
            _ = try JSONGraphReader().read(bytes, file: "in.json")
        } throws: { error in
            let error = error as? JSONGraphReadError
            return error?.line == 1 && error?.column == 76 && error?.message.contains("has no \"article\"") == true
        }
    }

    @Test("more_provenance records without an article are refused in GraphML too")
    func moreProvenanceWithoutArticle() {
        #expect(GraphMLDecode.provenance(#"[{"article": "", "sentence": 0, "char_start": 0, "char_end": 1, "evidence": "x"}]"#) == nil)
    }

    @Test("an attribute given twice keeps both values through GraphML and JSON")
    func repeatedAttribute() throws {
        let bytes = try FuzzRegressions.bytes("FuzzGraphML", "repeated-attribute.graphml")
        let graph = try GraphMLReader().read(bytes: bytes, name: "in.graphml")
        #expect(graph.nodes.first?.attributes == [Attribute(key: "v", value: "["), Attribute(key: "v", value: "a")])
        let again = try GraphMLReader().read(bytes: try Self.graphML(graph), name: "written.graphml")
        #expect(try Self.json(again) == Self.json(graph))
    }
}

/// Regressions of the JSON reader's empty values and GraphML's key names.
struct FuzzRegressionValueTests {
    @Test("an empty attribute value is none, as in GraphML")
    func emptyAttribute() throws {
        let bytes = try FuzzRegressions.bytes("FuzzJSONGraph", "empty-attribute.json")
        let graph = try JSONGraphReader().read(bytes)
        #expect(graph.nodes.first?.attributes == [])
    }

    @Test("an empty kind, text or date is none, as in GraphML")
    func emptyStrings() throws {
        let text = #"{"graph": {"nodes": {"a": {"label": "A", "metadata": {"type": "Statement", "kind": "", "text": "", "date": ""}}}}}"#
        let node = try #require(try JSONGraphReader().read(Array(text.utf8)).nodes.first)
        #expect(node.kind == nil && node.text == nil && node.date == nil)
    }

    @Test("attribute keys that look like escapes read back as themselves", arguments: ["_x_", "", "_x41_", "a b", "x_y", "_", "_x", "é_x20_"])
    func keyRoundTrip(key: String) {
        #expect(GraphMLName.key(fromToken: GraphMLName.token(key)) == key)
    }

    @Test("the key found by fuzzing survives GraphML")
    func keyLikeAnEscape() throws {
        let bytes = try FuzzRegressions.bytes("FuzzJSONGraph", "attribute-key-like-an-escape.json")
        let graph = try JSONGraphReader().read(bytes)
        let again = try GraphMLReader().read(bytes: try FuzzRegressionTests.graphML(graph))
        #expect(again.nodes.first?.attributes == [Attribute(key: "_x_", value: "R")])
    }
}

/// The JSON reader's articles found by fuzzing.
struct FuzzRegressionArticleTests {
    @Test("articles sharing an id are written in one order, so a JSON round trip gives the same bytes")
    func articlesSharingAnID() throws {
        let bytes = try FuzzRegressions.bytes("FuzzJSONGraph", "articles-sharing-an-id.json")
        let written = try FuzzRegressionTests.json(try JSONGraphReader().read(bytes))
        for _ in 0..<20 {
            #expect(try FuzzRegressionTests.json(try JSONGraphReader().read(written)) == written)
        }
    }
}

/// Characters XML 1.0 cannot hold, found by fuzzing.
struct FuzzRegressionCharacterTests {
    @Test("an article id with a form feed is written to GraphML as U+FFFD, and that GraphML reads and writes back unchanged")
    func formFeedInArticleID() throws {
        let bytes = try FuzzRegressions.bytes("FuzzJSONGraph", "form-feed-in-article-id.json")
        let graph = try JSONGraphReader().read(bytes)
        let written = try FuzzRegressionTests.graphML(graph)
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.contains("r\u{FFFD}ah") && !text.contains("\u{0C}"))
        let again = try GraphMLReader().read(bytes: written)
        #expect(again.articles.map(\.id) == ["rb", "r\u{FFFD}ah"])
        #expect(try FuzzRegressionTests.graphML(again) == written)
    }
}
