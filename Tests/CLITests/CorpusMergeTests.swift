import Foundation
import Testing

/// One graph across articles: the same bytes for any number of jobs, any
/// order of inputs, and any grouping and order of `merge`, on the BBC corpus.
@Suite struct CorpusMergeTests {
    @Test func jobsAndInputOrderDoNotChangeTheOutput() throws {
        guard SharedCorpus.available() else { return }
        let folder = try CLI.temporaryDirectory()
        let one = folder.appendingPathComponent("one.json").path
        let two = folder.appendingPathComponent("two.json").path
        let three = folder.appendingPathComponent("three.json").path
        let bbc = SharedCorpus.bbc.path
        try expectSuccess(CLI.run(["extract", bbc, "--jobs", "1", "-o", one]))
        try expectSuccess(CLI.run(["extract", bbc, "--jobs", "2", "-o", two]))
        let shuffled = SharedCorpus.categories.reversed().map { "\(bbc)/\($0)" }
        try expectSuccess(CLI.run(["extract"] + shuffled + ["--jobs", "3", "-o", three]))
        let reference = try Data(contentsOf: URL(fileURLWithPath: one))
        #expect(byteDifference(two, one) == nil, "--jobs 2 differs from --jobs 1")
        #expect(byteDifference(three, one) == nil, "categories in reverse order with --jobs 3 differ")
        let graph = try JSONSerialization.jsonObject(with: reference) as? [String: Any]
        let articles = ((graph?["graph"] as? [String: Any])?["metadata"] as? [String: Any])?["articles"] as? [Any]
        #expect(articles?.count == 2225)
    }

    @Test func mergeInAnyGroupingAndOrderEqualsOneRun() throws {
        guard SharedCorpus.available() else { return }
        let folder = try CLI.temporaryDirectory()
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let bbc = SharedCorpus.bbc.path
        try expectSuccess(CLI.run(["extract", bbc, "-o", path("all.json")]))
        for category in SharedCorpus.categories {
            try expectSuccess(CLI.run(["extract", "\(bbc)/\(category)", "--jobs", "1", "-o", path("\(category).json")]))
        }
        // Parts in other formats: merge reads what newsgraph writes.
        try expectSuccess(CLI.run(["convert", path("sport.json"), "-o", path("sport.graphml")]))
        try expectSuccess(CLI.run(["convert", path("tech.json"), "-o", path("tech.ttl")]))
        let groupings: [(String, [[String]])] = [
            ("all five at once", [["business.json", "entertainment.json", "politics.json", "sport.json", "tech.json"]]),
            ("all five reversed", [["tech.json", "sport.json", "politics.json", "entertainment.json", "business.json"]]),
            ("two and three", [["business.json", "entertainment.json"], ["politics.json", "sport.graphml", "tech.ttl"], ["merged-1.json", "merged-0.json"]]),
            ("a chain from the right", [["sport.json", "tech.json"], ["politics.json", "merged-0.json"], ["entertainment.json", "merged-1.json"], ["merged-2.json", "business.json"]]),
            ("a tree through GraphML and Turtle", [["tech.ttl", "business.json"], ["sport.graphml", "entertainment.json", "politics.json"], ["merged-1.json", "merged-0.json"]]),
        ]
        for (name, steps) in groupings {
            for (index, inputs) in steps.enumerated() {
                try expectSuccess(CLI.run(["merge"] + inputs.map(path) + ["-o", path("merged-\(index).json")]), name)
            }
            let difference = byteDifference(path("merged-\(steps.count - 1).json"), path("all.json"))
            #expect(difference == nil, "\(name): the merged graph differs from one run over all articles")
        }
    }

    @Test func cappedEvidenceMergesToTheCappedOneRun() throws {
        guard SharedCorpus.available() else { return }
        let folder = try CLI.temporaryDirectory()
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let bbc = SharedCorpus.bbc.path
        try expectSuccess(CLI.run(["extract", "\(bbc)/politics", "\(bbc)/business", "--max-evidence", "2", "-o", path("all.json")]))
        try expectSuccess(CLI.run(["extract", "\(bbc)/politics", "--max-evidence", "2", "-o", path("p.json")]))
        try expectSuccess(CLI.run(["extract", "\(bbc)/business", "-o", path("b.graphml")]))
        try expectSuccess(CLI.run(["merge", path("b.graphml"), path("p.json"), "--max-evidence", "2", "-o", path("m.json")]))
        #expect(byteDifference(path("m.json"), path("all.json")) == nil)
        let reference = try Data(contentsOf: URL(fileURLWithPath: path("all.json")))
        // Counts stay exact: an edge with more mentions than records kept.
        let graph = try JSONSerialization.jsonObject(with: reference) as? [String: Any]
        let edges = (graph?["graph"] as? [String: Any])?["edges"] as? [[String: Any]] ?? []
        let capped = edges.compactMap { $0["metadata"] as? [String: Any] }.filter {
            ($0["mentions"] as? Int ?? 0) > 2 && ($0["provenance"] as? [Any])?.count == 2
        }
        #expect(!capped.isEmpty)
        let uncapped = try CLI.run(["extract", "\(bbc)/politics", "\(bbc)/business", "--format", "json"])
        let full = try JSONSerialization.jsonObject(with: uncapped.stdoutBytes) as? [String: Any]
        let fullEdges = (full?["graph"] as? [String: Any])?["edges"] as? [[String: Any]] ?? []
        let mentions = { (list: [[String: Any]]) in list.map { ($0["metadata"] as? [String: Any])?["mentions"] as? Int ?? -1 } }
        #expect(mentions(edges) == mentions(fullEdges))
    }

    @Test func mergeRefusesGraphsThatShareAnArticle() throws {
        let folder = try CLI.temporaryDirectory()
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        try expectSuccess(CLI.run(["extract", CLI.exampleArticle, "-o", path("a.json")]))
        try expectSuccess(CLI.run(["extract", CLI.exampleArticle, "examples/iron-dome/press-tv-iron-dome.txt", "-o", path("b.json")]))
        // The same graph twice, in two formats, counts once.
        try expectSuccess(CLI.run(["convert", path("a.json"), "-o", path("a.ttl")]))
        try expectSuccess(CLI.run(["merge", path("a.json"), path("a.ttl"), "-o", path("same.json")]))
        #expect(byteDifference(path("same.json"), path("a.json")) == nil)
        let run = try CLI.run(["merge", path("a.json"), path("b.json"), "-o", path("bad.json")])
        #expect(run.status != 0)
        #expect(run.stderr.contains("article.press-tv-iron-dome"), "\(run.stderr)")
        #expect(run.stderr.contains("a.json") && run.stderr.contains("b.json"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path("bad.json")))
    }

    private func expectSuccess(_ run: CLI.Run, _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == 0, "\(context) \(run.stderr)", sourceLocation: sourceLocation)
    }
}
