import Foundation
import Testing

@Suite struct ExtractCommandTests {
    @Test(arguments: ["graphml", "ttl", "dot", "gv", "json"])
    func writesTheFormatTheExtensionNames(ext: String) throws {
        let folder = try CLI.temporaryDirectory()
        let output = folder.appendingPathComponent("graph.\(ext)").path
        let run = try CLI.run(["extract", CLI.exampleArticle, "-o", output])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        let opening = ["graphml": "<?xml", "ttl": "@prefix", "dot": "digraph", "gv": "digraph", "json": "{"][ext] ?? ""
        #expect(text.hasPrefix(opening))
        #expect(text.contains("Iron Dome"))
        // Nothing but the output is left in the folder: the temporary file was renamed.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.\(ext)"])
    }

    @Test func readsStandardInputAndWritesJSONToStandardOutput() throws {
        let article = "Germany delivered IRIS-T air defence systems to Ukraine, the Defence Ministry said.".data(using: .utf8)
        let run = try CLI.run(["extract", "-"], input: article)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any]
        let graph = json?["graph"] as? [String: Any]
        let labels = (graph?["nodes"] as? [String: [String: Any]])?.values.compactMap { $0["label"] as? String } ?? []
        #expect(labels.contains("Germany"))
        #expect(labels.contains("Ukraine"))
    }

    @Test func sameInputGivesByteIdenticalOutput() throws {
        for format in ["graphml", "turtle", "dot", "json"] {
            let first = try CLI.run(["extract", CLI.exampleArticle, "--format", format])
            let second = try CLI.run(["extract", CLI.exampleArticle, "--format", format])
            #expect(first.status == 0)
            #expect(first.stdoutBytes == second.stdoutBytes, "\(format) output differs between runs")
        }
    }

    /// The corpus-wide version is `CorpusMergeTests`; this one is small enough
    /// to run under ThreadSanitizer, where the workers really share state.
    @Test func jobsDoNotChangeTheOutputOfAFewRealArticles() throws {
        let folder = CLI.root.appendingPathComponent("Tests/NewsGraphExtractionTests/RealNews/tune")
        let articles = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.sorted().prefix(24).map { folder.appendingPathComponent($0).path }
        #expect(articles.count == 24)
        let one = try CLI.run(["extract"] + articles + ["--jobs", "1", "--format", "json"])
        let two = try CLI.run(["extract"] + articles + ["--jobs", "2", "--format", "json"])
        let three = try CLI.run(["extract"] + articles.reversed() + ["--jobs", "3", "--format", "json"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdoutBytes.count > 10_000)
        #expect(two.stdoutBytes == one.stdoutBytes, "--jobs 2 differs from --jobs 1")
        #expect(three.stdoutBytes == one.stdoutBytes, "articles in reverse order with --jobs 3 differ")
    }

    @Test func severalArticlesBecomeOneGraphWithDistinctArticleIDs() throws {
        let folder = try CLI.temporaryDirectory()
        let a = folder.appendingPathComponent("a/story.txt")
        let b = folder.appendingPathComponent("b/story.txt")
        for url in [a, b] {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        try "Russia launched drones at Kyiv.".write(to: a, atomically: true, encoding: .utf8)
        try "Poland bought K2 tanks from South Korea.".write(to: b, atomically: true, encoding: .utf8)
        let run = try CLI.run(["extract", a.path, b.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"article.story\""))
        #expect(run.stdout.contains("\"article.story-2\""))
    }

    @Test func readsJSONLinesOneArticleALine() throws {
        let folder = try CLI.temporaryDirectory()
        let file = folder.appendingPathComponent("corpus.jsonl")
        try """
            {"id": "wire/1", "title": "Drones", "text": "Russia launched Shahed drones at Kyiv on Monday."}

            {"id": "wire/2", "text": "Germany sent Patriot systems to Ukraine."}
            """.write(to: file, atomically: true, encoding: .utf8)
        let run = try CLI.run(["extract", file.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("article.wire-1"))
        #expect(run.stdout.contains("article.wire-2"))
    }

    @Test(arguments: [
        (["extract", "no-such-file.txt"], "no-such-file.txt"),
        (["extract", CLI.exampleArticle, "-o", "graph.xyz"], "graph.xyz"),
        (["extract", CLI.exampleArticle, "--format", "pdf"], "pdf"),
        (["extract", CLI.exampleArticle, "-o", "/no/such/folder/graph.json"], "/no/such/folder/graph.json"),
        (["extract", "schemas/jgf"], "schemas/jgf"),
    ])
    func badInputGetsAClearErrorNamingTheFile(arguments: [String], named: String) throws {
        let run = try CLI.run(arguments)
        #expect(run.status != 0)
        #expect(run.stderr.contains(named), "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func binaryInputIsRefusedAndNoOutputIsLeft() throws {
        let folder = try CLI.temporaryDirectory()
        let binary = folder.appendingPathComponent("image.bin")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }).write(to: binary)
        let output = folder.appendingPathComponent("graph.json")
        let run = try CLI.run(["extract", binary.path, "-o", output.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("image.bin"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["image.bin"])
    }

    @Test func helpShowsExamples() throws {
        for command in ["extract", "merge", "text"] {
            let run = try CLI.run([command, "--help"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("newsgraph \(command) "), "\(command) --help has no example")
        }
    }
}
