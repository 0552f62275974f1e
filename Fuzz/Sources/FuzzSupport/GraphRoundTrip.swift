import NewsGraphCore
import NewsGraphFormats

/// The round trips a graph from any reader must survive.
public enum GraphRoundTrip {
    /// The graph as JSON Graph Format: the writer's bytes are a canonical
    /// form, so two graphs are the same when these bytes are.
    public static func json(_ graph: Graph) -> [UInt8] {
        let sink = ByteSink.memory()
        do {
            try JSONGraphWriter().write(graph, to: sink)
        } catch {
            FuzzCheck.fail("the JSON writer failed on a graph a reader accepted: \(error)")
        }
        return sink.bytes
    }

    /// The graph as GraphML.
    public static func graphML(_ graph: Graph) -> [UInt8] {
        let sink = ByteSink.memory()
        do {
            try GraphMLWriter().write(graph, to: sink)
        } catch {
            FuzzCheck.fail("the GraphML writer failed on a graph a reader accepted: \(error)")
        }
        return sink.bytes
    }

    /// Checks that `graph` written as JSON reads back to the same graph.
    public static func checkJSON(_ graph: Graph, _ what: String) {
        let written = json(graph)
        let again: Graph
        do {
            again = try JSONGraphReader().read(written, file: "written.json")
        } catch {
            FuzzCheck.fail("\(what): the JSON reader rejects what the JSON writer wrote: \(error)")
        }
        FuzzCheck.require(json(again) == written, "\(what): the graph changed on a JSON round trip")
    }

    /// Checks that `graph` written as GraphML reads back to the same graph.
    public static func checkGraphML(_ graph: Graph, _ what: String) {
        let written = graphML(graph)
        let again: Graph
        do {
            again = try GraphMLReader().read(bytes: written, name: "written.graphml")
        } catch {
            FuzzCheck.fail("\(what): the GraphML reader rejects what the GraphML writer wrote: \(error)")
        }
        FuzzCheck.require(json(again) == json(graph), "\(what): the graph changed on a GraphML round trip")
    }
}
