import Foundation
import Testing

/// The BBC news corpus beside the repository (`../shared/corpus`): 2,225
/// articles in five category folders, and the same as JSON Lines.
enum SharedCorpus {
    static let folder = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let bbc = folder.appendingPathComponent("bbc")
    static let categories = ["business", "entertainment", "politics", "sport", "tech"]

    /// Whether the corpus is there; without it a test is skipped with a note, and fails under `CI`.
    static func available() -> Bool {
        if FileManager.default.fileExists(atPath: bbc.appendingPathComponent("tech").path) { return true }
        let note = "skipped: the BBC corpus is not at \(bbc.path)"
        if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: note)) } else { print("note: \(note)") }
        return false
    }
}

/// Compares two outputs byte for byte without handing megabytes to the test
/// library's diff: nil when they are equal, else where they first differ.
func byteDifference(_ path: String, _ reference: String) -> String? {
    let a = FileManager.default.contents(atPath: path) ?? Data()
    let b = FileManager.default.contents(atPath: reference) ?? Data()
    if a == b { return nil }
    let offset = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    let context = { (data: Data) in String(decoding: data[max(0, offset - 120)..<min(data.count, offset + 120)], as: UTF8.self) }
    return "\(path) (\(a.count) bytes) and \(reference) (\(b.count) bytes) differ at byte \(offset):\n\(context(a))\n---\n\(context(b))"
}
