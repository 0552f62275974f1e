import Foundation
import LibXML
import NewsGraphCore
import NewsGraphFormats
import Testing

struct GraphMLWriterTests {
    @Test(arguments: GraphMLTestSupport.samples.map(\.name))
    func validatesAgainstTheGraphMLSchema(sample: String) throws {
        let graph = try #require(GraphMLTestSupport.samples.first { $0.name == sample }).graph()
        let validator = try SchemaValidator(contentsOfFile: GraphMLTestSupport.schemaPath)
        let errors = try validator.validate(bytes: GraphMLTestSupport.bytes(graph), name: "\(sample).graphml")
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func declaresDescriptiveKeysPerDomain() throws {
        let text = String(decoding: try GraphMLTestSupport.bytes(try SampleGraphs.arms()), as: UTF8.self)
        let keys = text.split(separator: "\n").filter { $0.contains("<key ") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(
            keys == [
                #"<key id="g_articles" for="graph" attr.name="articles" attr.type="string"/>"#,
                #"<key id="label" for="node" attr.name="label" attr.type="string"/>"#,
                #"<key id="n_type" for="node" attr.name="type" attr.type="string"/>"#,
                #"<key id="n_kind" for="node" attr.name="kind" attr.type="string"/>"#,
                #"<key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>"#,
                #"<key id="n_text" for="node" attr.name="text" attr.type="string"/>"#,
                #"<key id="n_date" for="node" attr.name="date" attr.type="string"/>"#,
                #"<key id="n_attr_maker" for="node" attr.name="attr_maker" attr.type="string"/>"#,
                #"<key id="n_attr_origin" for="node" attr.name="attr_origin" attr.type="string"/>"#,
                #"<key id="n_article" for="node" attr.name="article" attr.type="string"/>"#,
                #"<key id="n_sentence" for="node" attr.name="sentence" attr.type="int"/>"#,
                #"<key id="n_char_start" for="node" attr.name="char_start" attr.type="int"/>"#,
                #"<key id="n_char_end" for="node" attr.name="char_end" attr.type="int"/>"#,
                #"<key id="n_evidence" for="node" attr.name="evidence" attr.type="string"/>"#,
                #"<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>"#,
                #"<key id="n_article_count" for="node" attr.name="article_count" attr.type="int"/>"#,
                #"<key id="n_first_date" for="node" attr.name="first_date" attr.type="string"/>"#,
                #"<key id="n_last_date" for="node" attr.name="last_date" attr.type="string"/>"#,
                #"<key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>"#,
                #"<key id="e_label" for="edge" attr.name="label" attr.type="string"/>"#,
                #"<key id="e_article" for="edge" attr.name="article" attr.type="string"/>"#,
                #"<key id="e_sentence" for="edge" attr.name="sentence" attr.type="int"/>"#,
                #"<key id="e_char_start" for="edge" attr.name="char_start" attr.type="int"/>"#,
                #"<key id="e_char_end" for="edge" attr.name="char_end" attr.type="int"/>"#,
                #"<key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>"#,
                #"<key id="e_mentions" for="edge" attr.name="mentions" attr.type="int"/>"#,
                #"<key id="e_article_count" for="edge" attr.name="article_count" attr.type="int"/>"#,
                #"<key id="e_first_date" for="edge" attr.name="first_date" attr.type="string"/>"#,
                #"<key id="e_last_date" for="edge" attr.name="last_date" attr.type="string"/>"#,
            ])
        #expect(text.contains(#"<graph id="G" edgedefault="directed">"#))
        #expect(
            text.contains(
                #"<edge id="actor.united-states:arms:actor.israel" source="actor.united-states" target="actor.israel">"#))
        #expect(text.contains(#"<data key="n_aliases">["US","Washington"]</data>"#))
    }

    @Test(arguments: GraphMLTestSupport.samples.map(\.name), GraphMLFlavor.allCases)
    func isDeterministic(sample: String, flavor: GraphMLFlavor) throws {
        let make = try #require(GraphMLTestSupport.samples.first { $0.name == sample }).graph
        let first = try GraphMLTestSupport.bytes(try make(), flavor: flavor)
        let rebuilt = try GraphBuilder(try make()).build()
        #expect(try GraphMLTestSupport.bytes(rebuilt, flavor: flavor) == first)
    }

    @Test func writesProvenanceBeyondTheFirstAsJSON() throws {
        let text = String(decoding: try GraphMLTestSupport.bytes(try SampleGraphs.hostile()), as: UTF8.self)
        #expect(text.contains(#"<key id="e_more_provenance" for="edge" attr.name="more_provenance" attr.type="string"/>"#))
        #expect(text.contains(#"<data key="e_mentions">2</data>"#))
        #expect(
            text.contains(
                #"<data key="e_more_provenance">[{"article":"article.hostile","sentence":1,"char_start":7,"char_end":10,"evidence":"\"double\" and 'single' quotes"}]</data>"#
            ))
    }

    @Test func writesNoForbiddenCharacters() throws {
        let bytes = try GraphMLTestSupport.bytes(try SampleGraphs.hostile())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.unicodeScalars.allSatisfy(XMLCharacters.isChar))
        #expect(text.contains("NUL \u{FFFD} in the middle"))
    }

    @Test func reportsSinkErrors() throws {
        let sink = ByteSink(fileDescriptor: -1)
        #expect(throws: OutputError.self) { try GraphMLWriter().write(try SampleGraphs.hostile(), to: sink) }
    }
}
