import LibXML
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The vendored GraphML schema, found relative to this file.
let graphMLSchemaPath: String = {
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)  // Tests/LibXMLTests/SchemaValidatorTests.swift
    return parts.joined(separator: "/") + "/schemas/graphml/graphml.xsd"
}()

struct SchemaValidatorTests {
    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="label" for="node" attr.name="label" attr.type="string"/>
        """

    /// GraphML documents and the line of the first error the schema must report (nil: valid).
    static let documents: [(name: String, body: String, line: Int?)] = [
        (
            "valid",
            """
              <graph id="G" edgedefault="directed">
                <node id="a"><data key="label">A</data></node>
                <node id="b"/>
                <edge id="e1" source="a" target="b"/>
              </graph>
            </graphml>
            """, nil
        ),
        (
            "duplicate node",
            """
              <graph id="G" edgedefault="directed">
                <node id="a"/>
                <node id="a"/>
              </graph>
            </graphml>
            """, 6
        ),
        (
            "dangling edge",
            """
              <graph id="G" edgedefault="directed">
                <node id="a"/>
                <edge source="a" target="nowhere"/>
              </graph>
            </graphml>
            """, 6
        ),
        (
            "bad attr.name",
            """
              <key id="k2" for="node" attr.name="has space" attr.type="string"/>
              <graph id="G" edgedefault="directed"/>
            </graphml>
            """, 4
        ),
        (
            "no edgedefault",
            """
              <graph id="G"/>
            </graphml>
            """, 4
        ),
        (
            "undeclared key",
            """
              <graph id="G" edgedefault="directed">
                <node id="a"><data key="nokey">x</data></node>
              </graph>
            </graphml>
            """, 5
        ),
    ]

    @Test(arguments: documents)
    func validatesMemory(name: String, body: String, line: Int?) throws {
        let validator = try SchemaValidator(contentsOfFile: graphMLSchemaPath)
        let errors = try validator.validate(bytes: Array((Self.header + "\n" + body).utf8), name: "\(name).graphml")
        if let line {
            let first = try #require(errors.first)
            #expect(first.line == line, "\(first)")
            #expect(first.code == .invalid)
            #expect(first.file == "\(name).graphml")
        } else {
            #expect(errors.isEmpty, "\(errors)")
        }
    }

    @Test func validatesFiles() throws {
        let validator = try SchemaValidator(contentsOfFile: graphMLSchemaPath)
        let path = "/tmp/newsgraph-schema-\(getpid()).graphml"
        let file = try #require(fopen(path, "w"))
        fputs(Self.header + "\n" + Self.documents[2].body, file)
        fclose(file)
        defer { unlink(path) }
        let errors = try validator.validate(file: path)
        #expect(errors.first?.line == 6)
        #expect(errors.first?.description.hasPrefix("\(path):6") == true)
    }

    @Test func reportsMalformedDocuments() throws {
        let validator = try SchemaValidator(contentsOfFile: graphMLSchemaPath)
        let errors = try validator.validate(bytes: Array("<graphml>\n<graph>\n</graphml>".utf8), name: "broken.xml")
        #expect(errors.first?.line == 3)
    }

    @Test func refusesBadSchemas() throws {
        #expect(throws: XMLError.self) { try SchemaValidator(schema: Array("<notaschema/>".utf8), baseURL: "x.xsd") }
        #expect(throws: XMLError.self) { try SchemaValidator(contentsOfFile: "/nonexistent.xsd") }
    }
}
