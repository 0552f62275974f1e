import Foundation
import LibXML
import NewsGraphCore
import NewsGraphFormats
import Testing

/// GraphML → read → GraphML gives the same bytes, and the graph read back is
/// the graph written, with its strings reduced to XML 1.0 characters.
struct GraphMLRoundTripTests {
    @Test(arguments: GraphMLTestSupport.samples.map(\.name), GraphMLFlavor.allCases)
    func rewritesByteIdentical(sample: String, flavor: GraphMLFlavor) throws {
        let graph = try #require(GraphMLTestSupport.samples.first { $0.name == sample }).graph()
        let first = try GraphMLTestSupport.bytes(graph, flavor: flavor)
        let read = try GraphMLReader().read(bytes: first, name: "\(sample).graphml")
        let second = try GraphMLTestSupport.bytes(read, flavor: flavor)
        #expect(first == second)
    }

    @Test(arguments: GraphMLTestSupport.samples.map(\.name))
    func readsBackTheReducedGraph(sample: String) throws {
        let graph = try #require(GraphMLTestSupport.samples.first { $0.name == sample }).graph()
        let path = try GraphMLTestSupport.file(graph, name: "\(sample).graphml")
        let read = try GraphMLReader().read(file: path)
        let expected = try GraphMLTestSupport.reduced(graph)
        #expect(read.articles == expected.articles)
        #expect(read.nodes == expected.nodes)
        #expect(read.edges == expected.edges)
        #expect(read.nodes.count == graph.nodes.count && read.edges.count == graph.edges.count)
    }

    /// GraphML → read → JSON Graph → read gives the same graph: GraphML and
    /// JSON carry the same information.
    @Test(arguments: GraphMLTestSupport.samples.map(\.name))
    func carriesWhatJSONCarries(sample: String) throws {
        let graph = try #require(GraphMLTestSupport.samples.first { $0.name == sample }).graph()
        let fromGraphML = try GraphMLReader().read(bytes: GraphMLTestSupport.bytes(graph))
        let sink = ByteSink.memory()
        try JSONGraphWriter().write(fromGraphML, to: sink)
        try sink.flush()
        let fromJSON = try JSONGraphReader().read(sink.bytes)
        #expect(sameContent(fromJSON, try GraphMLTestSupport.reduced(graph)))
    }

    /// networkx reads our file and writes its own GraphML (keys d0, d1, …);
    /// reading that back gives the same graph, except where networkx loses a
    /// carriage return (it writes CR raw, which XML end-of-line handling turns into LF).
    @Test func readsGraphMLWrittenByNetworkx() throws {
        let graph = try SampleGraphs.hostile()
        let path = try GraphMLTestSupport.file(graph)
        let copy = path + ".networkx.graphml"
        let script = "import networkx as nx, sys\nnx.write_graphml(nx.read_graphml(sys.argv[1]), sys.argv[2])"
        guard let result = try Consumer.python(script, modules: ["networkx"], arguments: [path, copy]) else { return }
        #expect(result.status == 0, "\(result.stderr)")
        let read = try GraphMLReader().read(file: copy)
        let expected = try GraphMLTestSupport.reduced(graph)
        #expect(read.articles == expected.articles)
        #expect(read.nodes.count == expected.nodes.count && read.edges.count == expected.edges.count)
        let hasCR = { (description: String) in description.contains(#"\r"#) }  // an escaped CR in the debug text
        var compared = 0
        for (got, want) in zip(read.nodes, expected.nodes) where !hasCR("\(want)") {
            #expect(got == want)
            compared += 1
        }
        for (got, want) in zip(read.edges, expected.edges) where !hasCR("\(want)") {
            #expect(got == want)
            compared += 1
        }
        #expect(compared >= expected.nodes.count + expected.edges.count - 3)
    }
}

/// Empty optional strings are none, on both sides, so the bytes still round-trip.
@Test func emptyOptionalStringsAreNone() throws {
    let node = Node(
        id: "actor.x", type: .actor, kind: "", label: "", aliases: [""], text: "", date: "",
        attributes: [Attribute(key: "empty", value: "")])
    let graph = try Graph(articles: [], nodes: [node], edges: [])
    let first = try GraphMLTestSupport.bytes(graph)
    let text = String(decoding: first, as: UTF8.self)
    #expect(!text.contains("n_kind") && !text.contains("n_attr_empty") && text.contains(#"<data key="label"></data>"#))
    let read = try GraphMLReader().read(bytes: first)
    #expect(read.nodes == [Node(id: "actor.x", type: .actor, label: "")])  // the alias equal to the label goes too
    #expect(try GraphMLTestSupport.bytes(read) == first)
}
