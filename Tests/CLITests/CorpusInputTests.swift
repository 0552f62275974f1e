import Foundation
import Testing

/// Corpus mode on bad input: what cannot be read is named on one line and
/// skipped, the rest is extracted, the exit status tells, nothing is half-written.
@Suite struct CorpusInputTests {
    /// A folder with good articles, a binary file, a JSON Lines file with
    /// broken lines, a symbolic link loop and a dangling link.
    static func messyCorpus() throws -> URL {
        let folder = try CLI.temporaryDirectory().appendingPathComponent("corpus")
        let fm = FileManager.default
        try fm.createDirectory(at: folder.appendingPathComponent("wire/deep"), withIntermediateDirectories: true)
        try "Russia launched Shahed drones at Kyiv on Monday.".write(
            to: folder.appendingPathComponent("wire/drones.txt"), atomically: true, encoding: .utf8)
        try "<html><body><article><p>Germany sent IRIS-T systems to Ukraine.</p></article></body></html>".write(
            to: folder.appendingPathComponent("wire/deep/iris.html"), atomically: true, encoding: .utf8)
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }).write(to: folder.appendingPathComponent("wire/photo.txt"))
        try "not an article".write(to: folder.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        try """
            {"id": "feed/1", "text": "Poland bought K2 tanks from South Korea.", "date": "2024-03-01"}
            {"id": "feed/2", "text": "broken
            [1, 2, 3]
            {"id": "feed/4", "title": "no text"}
            {"id": "feed/5", "text": "Israel said Hamas attacked.", "date": "14 March 2024"}
            """.write(to: folder.appendingPathComponent("feed.jsonl"), atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("wire/deep/loop").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("wire/gone.txt").path, withDestinationPath: "nowhere.txt")
        return folder
    }

    @Test func badInputsAreNamedSkippedAndCounted() throws {
        let corpus = try Self.messyCorpus()
        let output = corpus.deletingLastPathComponent().appendingPathComponent("graph.json")
        let run = try CLI.run(["extract", corpus.path, "-o", output.path])
        #expect(run.status == 2, "exit status 2 says that something was skipped: \(run.stderr)")
        let lines = run.stderr.split(separator: "\n").map(String.init)
        for named in ["photo.txt", "feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4", "deep/loop", "gone.txt"] {
            #expect(lines.filter { $0.contains(named) }.count == 1, "\(named) is not named on one line:\n\(run.stderr)")
        }
        #expect(lines.last?.contains("4 extracted") == true, "\(run.stderr)")
        #expect(lines.last?.contains("6 skipped") == true, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
        let graph = json?["graph"] as? [String: Any]
        let articles = (graph?["metadata"] as? [String: Any])?["articles"] as? [[String: Any]] ?? []
        #expect(articles.compactMap { $0["id"] as? String }.sorted() == [
            "article.feed-1", "article.feed-5", "article.\(Self.slug(corpus.path))-wire-deep-iris",
            "article.\(Self.slug(corpus.path))-wire-drones",
        ].sorted())
        let nodes = graph?["nodes"] as? [String: [String: Any]] ?? [:]
        #expect(nodes["actor.poland"] != nil && nodes["weapon.iris-t-slm"] != nil && nodes["actor.hamas"] != nil)
        let israel = nodes["actor.israel"]?["metadata"] as? [String: Any]
        #expect(israel?["first_date"] as? String == "2024-03-14")
    }

    @Test func strictStopsAtTheFirstBadArticleAndWritesNothing() throws {
        let corpus = try Self.messyCorpus()
        let output = corpus.deletingLastPathComponent().appendingPathComponent("graph.json")
        let run = try CLI.run(["extract", corpus.path, "--strict", "-o", output.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("--strict"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.deletingLastPathComponent().path) == ["corpus"])
    }

    @Test func quietAndProgress() throws {
        let corpus = try Self.messyCorpus()
        let quiet = try CLI.run(["extract", corpus.path, "--quiet", "--format", "json"])
        #expect(quiet.status == 2)
        #expect(!quiet.stderr.contains("extracted"), "--quiet prints no summary: \(quiet.stderr)")
        #expect(quiet.stderr.contains("photo.txt"), "skipped inputs are still named")
        let good = corpus.appendingPathComponent("wire/drones.txt").path
        let plain = try CLI.run(["extract", good, "--format", "json"])
        #expect(plain.status == 0)
        #expect(plain.stderr.isEmpty, "no progress when standard error is not a terminal: \(plain.stderr)")
        let shown = try CLI.run(["extract", good, "--progress", "--format", "json"])
        #expect(shown.status == 0)
        #expect(shown.stderr.contains("articles/s") && shown.stderr.contains("MB/s"), "\(shown.stderr)")
        #expect(shown.stderr.contains("1 articles read, 1 extracted, 0 skipped"), "\(shown.stderr)")
        #expect(shown.stdoutBytes == plain.stdoutBytes)
    }

    @Test func jsonLinesOnStandardInput() throws {
        let lines = """
            {"id": "wire/1", "text": "Russia launched Shahed drones at Kyiv on Monday."}
            {"id": "wire/2", "source": "saved/page.html", "base64": "\(Data("<html><body><p>Germany sent Patriot systems to Ukraine.</p></body></html>".utf8).base64EncodedString())"}
            """
        let run = try CLI.run(["extract", "-", "--stdin-jsonl", "--format", "json"], input: Data(lines.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"source\": \"saved/page.html\""))
        #expect(run.stdout.contains("actor.germany") && run.stdout.contains("place.kyiv"))
    }

    @Test func aFloodOfOneRepeatedSentenceIsReadAFewTimesAndSaysSo() throws {
        let folder = try CLI.temporaryDirectory()
        let file = folder.appendingPathComponent("flood.txt")
        try String(repeating: "Israel said Hamas attacked. ", count: 5000).write(to: file, atomically: true, encoding: .utf8)
        let run = try CLI.run(["extract", file.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"note\": \"4992 repeated sentences not read"), "\(run.stdout.prefix(600))")
        let json = try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any]
        let nodes = (json?["graph"] as? [String: Any])?["nodes"] as? [String: [String: Any]] ?? [:]
        let israel = nodes["actor.israel"]?["metadata"] as? [String: Any]
        #expect(israel?["mentions"] as? Int == 8, "the first 8 copies are read")
    }

    static func slug(_ path: String) -> String {
        path.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
    }
}
