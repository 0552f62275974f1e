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
        let rewritten = json(again)
        FuzzCheck.require(rewritten == written, "\(what): the graph changed on a JSON round trip: \(firstDifference(written, rewritten))")
    }

    /// Checks that `graph` written as GraphML reads back to a graph that
    /// GraphML writes the same way again, and to the same graph unless the
    /// writer had to replace characters XML 1.0 cannot hold (then the GraphML
    /// holds U+FFFD).
    public static func checkGraphML(_ graph: Graph, _ what: String) {
        let written = graphML(graph)
        let again: Graph
        do {
            again = try GraphMLReader().read(bytes: written, name: "written.graphml")
        } catch {
            FuzzCheck.fail("\(what): the GraphML reader rejects what the GraphML writer wrote: \(error)")
        }
        FuzzCheck.require(graphML(again) == written, "\(what): GraphML written, read and written again changed")
        guard !written.containsReplacementCharacter else { return }
        let before = json(graph)
        let after = json(again)
        FuzzCheck.require(after == before, "\(what): the graph changed on a GraphML round trip: \(firstDifference(before, after))")
    }

    /// The first line where two JSON texts differ, for the failure message.
    static func firstDifference(_ before: [UInt8], _ after: [UInt8]) -> String {
        let old = before.split(separator: 10, omittingEmptySubsequences: false)
        let new = after.split(separator: 10, omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let line = { (lines: [ArraySlice<UInt8>]) in index < lines.count ? String(decoding: lines[index], as: UTF8.self) : "<end>" }
            if line(old) != line(new) { return "line \(index + 1): \(line(old)) became \(line(new))" }
        }
        return "no line differs"
    }
}

extension [UInt8] {
    /// Whether the UTF-8 bytes hold U+FFFD.
    var containsReplacementCharacter: Bool {
        guard count >= 3 else { return false }
        for index in 0..<(count - 2) where self[index] == 0xEF && self[index + 1] == 0xBF && self[index + 2] == 0xBD {
            return true
        }
        return false
    }
}
