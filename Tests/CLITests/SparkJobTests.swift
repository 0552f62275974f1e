import Foundation
import TestSupport
import Testing

/// The PySpark job (scripts/spark/newsgraph_spark.py) on `local[2]`: the
/// newsgraph binary runs on each partition and `newsgraph merge` joins the
/// partial graphs in a tree; the output must be byte-identical to
/// `newsgraph extract` over the same inputs on one machine.
///
/// To keep the run to a minute or two, the test reads a deterministic
/// subset of the BBC corpus (the tech folder, 401 articles, and the first
/// 150 lines of the JSON Lines corpus with a broken line among them);
/// scripts/bench-spark.sh runs the whole corpus. Without spark-submit or
/// Java the test is skipped with a note, and fails under `CI`.
@Suite struct SparkJobTests {
    @Test func sparkOutputEqualsOneMachine() throws {
        guard SharedCorpus.available() else { return }
        guard let sparkSubmit = Self.sparkSubmit(), Subprocess.which("java") != nil else {
            let note = "skipped the Spark job: spark-submit or java is not installed (scripts/setup.sh installs both)"
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: note)) } else { print("note: \(note)") }
            return
        }
        let folder = try CLI.temporaryDirectory()
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let corpus = try String(contentsOf: SharedCorpus.folder.appendingPathComponent("bbc-news-2225.jsonl"), encoding: .utf8)
        var lines = corpus.split(separator: "\n").prefix(150).map(String.init)
        lines.insert("{\"id\": \"broken", at: 75)
        try (lines.joined(separator: "\n") + "\n").write(toFile: path("subset.jsonl"), atomically: true, encoding: .utf8)
        let inputs = [SharedCorpus.bbc.appendingPathComponent("tech").path, path("subset.jsonl")]

        let single = try CLI.run(["extract"] + inputs + ["--quiet", "-o", path("single.json")])
        #expect(single.status == 2, "the broken line is skipped: \(single.stderr)")
        let job = CLI.root.appendingPathComponent("scripts/spark/newsgraph_spark.py").path
        // Spark logs a great deal: to a file, so that no pipe fills up.
        let log = path("spark.log")
        let spark = try Subprocess.run(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", "exec \"$0\" \"$@\" > '\(log)' 2>&1", sparkSubmit, "--master", "local[2]", "--conf", "spark.ui.enabled=false",
             "--files", CLI.binary.path, job] + inputs + ["--partitions", "5", "-o", path("spark.json")],
            in: folder)
        let logText = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(spark.status == 0, "\(logText.suffix(3000))")
        #expect(byteDifference(path("spark.json"), path("single.json")) == nil)
    }

    /// `spark-submit` on `PATH`, else the one inside the pyspark package.
    static func sparkSubmit() -> String? {
        if let found = Subprocess.which("spark-submit") { return found }
        guard let python = Subprocess.which("python3"),
            let result = try? Subprocess.run(
                URL(fileURLWithPath: python), ["-c", "import os, pyspark; print(os.path.dirname(pyspark.__file__))"]),
            result.status == 0
        else { return nil }
        let script = result.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines) + "/bin/spark-submit"
        return FileManager.default.isExecutableFile(atPath: script) ? script : nil
    }
}
