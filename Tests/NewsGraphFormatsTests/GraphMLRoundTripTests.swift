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

