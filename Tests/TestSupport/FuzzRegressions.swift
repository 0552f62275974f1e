import Foundation

/// The minimized inputs on which a fuzz target once failed, kept in
/// `Fuzz/Regressions/<target>/` (scripts/fuzz.sh replays them too).
public enum FuzzRegressions {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Regressions")

    /// The bytes of `name` saved for fuzz target `target`.
    public static func bytes(_ target: String, _ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(target).appendingPathComponent(name)))
    }

    /// The same, as text (invalid UTF-8 repaired).
    public static func text(_ target: String, _ name: String) throws -> String {
        String(decoding: try bytes(target, name), as: UTF8.self)
    }
}
