import Foundation
import TestSupport
import Testing

/// Scores `newsgraph extract` with the evaluation's scorer on four annotated
/// sets and checks floors on F1, a little below the scores reached, so that
/// regressions fail:
/// - the held-out third of the real-news set (Tests/NewsGraphExtractionTests/RealNews/heldout),
///   which no rule was written while looking at;
/// - its tuning part (RealNews/tune);
/// - the development set beside the repository (`../shared/eval/dev`);
/// - articles written for the project (Tests/NewsGraphExtractionTests/Written).
///
/// The scorer is `score.py` of the evaluation kit, found at `$NEWSGRAPH_SCORER`
/// or in `../shared/eval/` beside the repository; without it or python3 the test is skipped
/// with a note (and fails when `CI` is set).
@Suite struct EvaluationScoreTests {
    struct Floors: Sendable, CustomStringConvertible {
        var name: String
        var entities: Double, relations: Double, statements: Double
        var description: String { name }
    }

    static let sets: [Floors] = [
        Floors(name: "Tests/NewsGraphExtractionTests/RealNews/heldout", entities: 0.83, relations: 0.40, statements: 0.70),
        Floors(name: "Tests/NewsGraphExtractionTests/RealNews/tune", entities: 0.87, relations: 0.62, statements: 0.86),
        Floors(name: "../shared/eval/dev", entities: 0.97, relations: 0.94, statements: 0.98),
        Floors(name: "Tests/NewsGraphExtractionTests/Written", entities: 0.91, relations: 0.66, statements: 0.92),
    ]

    static var scorer: String {
        ProcessInfo.processInfo.environment["NEWSGRAPH_SCORER"]
            ?? CLI.root.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py").path
    }

    @Test(arguments: sets)
    func scoresStayAboveFloors(floors: Floors) throws {
        let directory = floors.name.hasPrefix("../")
            ? CLI.root.deletingLastPathComponent().appendingPathComponent(String(floors.name.dropFirst(3)))
            : CLI.root.appendingPathComponent(floors.name)
        guard FileManager.default.isReadableFile(atPath: Self.scorer), FileManager.default.fileExists(atPath: directory.path),
            let python = Self.python()
        else {
            let note = "scoring \(floors.name) skipped: python3, \(Self.scorer) or the set not found (set NEWSGRAPH_SCORER)"
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: note)) } else { print("note: \(note)") }
            return
        }
        let output = try Self.runScorer(python, directory)
        let scores = Self.parseSummary(output)
        #expect(!output.contains("FAILED"), "an article failed:\n\(output)")
        for (part, floor) in [("entities", floors.entities), ("relations", floors.relations), ("statements", floors.statements)] {
            let score = try #require(scores[part], "no \(part) score in scorer output:\n\(output)")
            #expect(score >= floor, "\(floors.name): \(part) F1 \(score) fell below \(floor):\n\(output)")
        }
    }

    @Test(arguments: [
        ("entities F1 0.912, relations F1 0.655, statements F1 0.800", ["entities": 0.912, "relations": 0.655, "statements": 0.8]),
        ("no summary", [:]),
    ])
    func summaryLineParses(line: String, expected: [String: Double]) {
        #expect(Self.parseSummary("header\n" + line + "\n") == expected)
    }

    /// `entities F1 0.912, relations F1 0.655, statements F1 0.800` → the three scores.
    static func parseSummary(_ output: String) -> [String: Double] {
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("entities F1 ") }) else { return [:] }
        var scores: [String: Double] = [:]
        for part in line.split(separator: ",") {
            let words = part.split(separator: " ")
            if words.count == 3, words[1] == "F1", let value = Double(words[2]) { scores[String(words[0])] = value }
        }
        return scores
    }

    private static func python() -> String? {
        ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func runScorer(_ python: String, _ directory: URL) throws -> String {
        let arguments = [scorer, "--gold-dir", directory.path, "--cmd", "'\(CLI.binary.path)' extract {} --format json"]
        let result = try Subprocess.run(URL(fileURLWithPath: python), arguments)
        return result.stdoutText + result.stderrText
    }
}
