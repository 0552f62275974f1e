import Foundation
import NewsGraphCore
import NewsGraphText

/// What the extractor knows by name: countries, organizations, persons' titles,
/// weapon systems, places, and the cue words that type unknown names.
///
/// Built in: ``builtIn``, generated from public sources by
/// `scripts/lexicon/generate.py`. More entries can be added without
/// recompiling, from TSV or JSON (``adding(contentsOf:)``):
///
///     # canonical	type	kind	role	aliases	attributes
///     Iron Dome	WeaponSystem	AirDefense	name	Iron Dome battery|Iron Dome batteries	maker=Rafael;origin=Israel
///
/// or `[{"canonical": "Iron Dome", "type": "WeaponSystem", "kind": "AirDefense",
/// "role": "name", "aliases": ["Iron Dome battery"], "attributes": {"origin": "Israel"}}]`.
/// A surface form given again replaces what the lexicon knew for it.
///
/// Matching is on tokens (see `Tokenizer`), case-insensitive, except that a
/// surface form starting with a capital only matches capitalized text, and
/// one with a capital inside a word (`US`, `LoC`) only matches that exact case.
public struct Lexicon: Sendable {
    /// The most words (tokens) a name or alias may have: matching and the
    /// phrase index grow with its square; the built-in tables need 12.
    public static let maximumSurfaceWords = 32

    struct Candidate: Sendable, Hashable {
        /// Index into ``entries``.
        let entry: Int
        /// The surface's tokens when case must match exactly.
        let exact: [String]?
        /// Whether a word of the text must start with a capital.
        let capitalized: Bool
        /// The number of tokens.
        let length: Int
        /// Whether the surface's last word starts with a capital (then the text's must too).
        let lastCapitalized: Bool
    }

    private(set) var entries: [LexiconEntry] = []
    private var phrases: [String: [Candidate]] = [:]
    private var prefixes: Set<String> = []
    private(set) var maxTokens = 1

    /// An empty lexicon.
    public init() {}

    /// The lexicon compiled into the binary.
    public static let builtIn: Lexicon = {
        var lexicon = Lexicon()
        for table in BuiltInTables.all {
            // Generated tables are checked by the tests; a bad row is skipped, never fatal.
            for row in (try? LexiconRow.parse(tsv: table.text, source: table.name)) ?? [] { lexicon.insert(row, replacing: false) }
        }
        return lexicon
    }()

    /// The errors of the built-in tables (none, if the generator did its job).
    static func builtInErrors() -> [String] {
        BuiltInTables.all.compactMap { table in
            do {
                _ = try LexiconRow.parse(tsv: table.text, source: table.name)
                return nil
            } catch {
                return "\(error)"
            }
        }
    }

    /// Number of entries.
    public var count: Int { entries.count }

    /// This lexicon and the rows of a TSV text; a surface form given again replaces the older entries for it.
    public func adding(tsv text: String, source: String = "lexicon") throws -> Lexicon {
        try adding(rows: LexiconRow.parse(tsv: text, source: source))
    }

    /// This lexicon and the entries of a JSON array (see the type's overview).
    public func adding(json bytes: [UInt8], source: String = "lexicon") throws -> Lexicon {
        try adding(rows: LexiconJSON.rows(from: bytes, source: source))
    }

    /// This lexicon and the entries of a `.json` or TSV file.
    ///
    /// - Throws: ``LexiconError`` when the file can't be read or a row is malformed.
    public func adding(contentsOf path: String) throws -> Lexicon {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(source: path, line: 0, message: "cannot read the file; check the path and permissions")
        }
        let bytes = [UInt8](data)
        if path.lowercased().hasSuffix(".json") { return try adding(json: bytes, source: path) }
        return try adding(tsv: String(decoding: bytes, as: UTF8.self), source: path)
    }

    private func adding(rows: [LexiconRow]) -> Lexicon {
        var copy = self
        for row in rows { copy.insert(row, replacing: true) }
        return copy
    }

    /// Adds a row's entry under each of its surface forms.
    mutating func insert(_ row: LexiconRow, replacing: Bool) {
        let index = entries.count
        entries.append(row.entry)
        var replaced: Set<String> = []
        for surface in row.surfaces {
            let written = Tokenizer().tokens(of: Array(surface.unicodeScalars)).map(\.text)
            guard !written.isEmpty else { continue }
            let capitalized = surface.unicodeScalars.first?.properties.isUppercase ?? false
            // `Kurdistan Workers' Party` is also written without the apostrophe of its plural possessive.
            let plain = written.indices.filter { i in !(i > 0 && Self.apostrophes.contains(written[i]) && written[i - 1].hasSuffix("s")) }.map { written[$0] }
            var forms = plain.count == written.count ? [written] : [written, plain]
            if let plural = Self.plural(of: written, for: row.entry) { forms.append(plural) }
            for tokens in forms {
                let key = tokens.map(LexiconKey.fold).joined(separator: " ")
                if replacing, replaced.insert(key).inserted { phrases[key] = nil }
                file(tokens, key: key, entry: index, capitalized: capitalized)
            }
        }
    }

    /// Files `entry` under the folded `key` of `tokens`, and the key's prefixes for the longest match.
    private mutating func file(_ tokens: [String], key: String, entry: Int, capitalized: Bool) {
        let exact = tokens.contains(where: LexiconKey.hasInnerCapital) ? tokens : nil
        let lastCapitalized = tokens.last?.unicodeScalars.first?.properties.isUppercase ?? false
        let candidate = Candidate(entry: entry, exact: exact, capitalized: capitalized, length: tokens.count, lastCapitalized: lastCapitalized)
        if phrases[key, default: []].contains(candidate) == false { phrases[key, default: []].append(candidate) }
        maxTokens = max(maxTokens, tokens.count)
        var prefix = ""
        for token in tokens.dropLast() {
            prefix += prefix.isEmpty ? LexiconKey.fold(token) : " " + LexiconKey.fold(token)
            prefixes.insert(prefix)
        }
    }

    private static let apostrophes: Set<String> = ["'", "\u{2019}"]

    /// The plural of a weapon's name (`Eurofighters`, `Bradleys`, `Black Hawks`, `MRAPs`, `K9s`, `Gripen Cs`): names are
    /// pluralized with `s`, whatever their spelling. The last word starts with a capital or a digit and ends in a letter
    /// other than `s` or a digit; a one-letter word only ends a longer name.
    private static func plural(of written: [String], for entry: LexiconEntry) -> [String]? {
        guard entry.type == .weaponSystem, entry.role == .name, let last = written.last, last.count >= 2 || written.count >= 2,
            let first = last.unicodeScalars.first, first.properties.isUppercase || ("0"..."9").contains(first),
            let end = last.unicodeScalars.last, end.properties.isAlphabetic || ("0"..."9").contains(end), end != "s", end != "S"
        else { return nil }
        return written.dropLast() + [last + "s"]
    }

    /// The longest match starting at token `start`: its length in tokens and the entries it may stand for.
    ///
    /// `folded` holds ``LexiconKey/fold(_:)`` of each token.
    func longestMatch(_ tokens: [Token], folded: [String], from start: Int, end: Int? = nil) -> (length: Int, entries: [Int])? {
        let limit = min(end ?? tokens.count, start + maxTokens)
        var key = folded[start]
        var best: (Int, [Int])?
        var last = start
        while true {
            if let candidates = phrases[key] {
                let fitting = candidates.filter { fits($0, tokens, from: start) }.map(\.entry)
                if !fitting.isEmpty { best = (last - start + 1, fitting) }
            }
            guard last + 1 < limit, prefixes.contains(key) else { break }
            last += 1
            key += " " + folded[last]
        }
        return best
    }

    /// The entries a surface form stands for, ignoring case rules.
    func entries(for surface: String) -> [LexiconEntry] {
        indices(for: surface).map { entries[$0] }
    }

    /// The indices of the entries a surface form stands for, ignoring case rules.
    func indices(for surface: String) -> [Int] {
        let tokens = Tokenizer().tokens(of: Array(surface.unicodeScalars)).map { LexiconKey.fold($0.text) }
        return (phrases[tokens.joined(separator: " ")] ?? []).map(\.entry)
    }

    func entry(_ index: Int) -> LexiconEntry { entries[index] }

    /// The named body with attribute `body` equal to `body` and `country` equal to `country`.
    func body(_ body: String, country: String) -> (canonical: String, index: Int)? {
        entries.indices.first { entries[$0][attribute: "body"] == body && entries[$0][attribute: "country"] == country }
            .map { (entries[$0].canonical, $0) }
    }

    /// The head-word entry for a folded single token (`ministry`, `valley`, `system`), if any.
    func head(_ folded: String) -> LexiconEntry? {
        phrases[folded]?.lazy.map { self.entries[$0.entry] }.first { $0.role == .head }
    }

    private func fits(_ candidate: Candidate, _ tokens: [Token], from start: Int) -> Bool {
        if let exact = candidate.exact {
            guard start + exact.count <= tokens.count else { return false }
            for (offset, text) in exact.enumerated() where tokens[start + offset].text != text {
                if LexiconKey.fold(tokens[start + offset].text) != LexiconKey.fold(text) || LexiconKey.hasInnerCapital(text) {
                    return false
                }
            }
            return true
        }
        guard candidate.capitalized else { return true }
        let end = min(tokens.count, start + candidate.length)
        // "iron Dome" is Iron Dome; "Palestinian resistance" is not the group "Palestinian Resistance".
        if candidate.lastCapitalized, end > start, !tokens[end - 1].isCapitalized, tokens[end - 1].kind == .word,
            tokens[end - 1].text.unicodeScalars.first?.properties.isAlphabetic == true
        {
            return false
        }
        return tokens[start..<end].contains { $0.isCapitalized }
    }
}
