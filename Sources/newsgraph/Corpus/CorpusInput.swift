/// One input of a corpus run, found by ``InputDiscovery``.
struct CorpusInput: Hashable, Sendable, Comparable {
    enum Kind: Hashable, Sendable {
        /// A file holding one article (plain text or a saved web page).
        case article
        /// A JSON Lines file: one article a line.
        case jsonLines
        /// Standard input: one article, or JSON Lines with `--stdin-jsonl`.
        case standardInput
    }

    /// The path as the user gave it, or as found below a folder they gave.
    let path: String
    let kind: Kind
    /// For a file found below a folder: its path without extension, which
    /// names the article (`bbc/business/001`); else nil.
    let name: String?
    /// The size in bytes, where known before reading.
    let size: Int?

    static func < (lhs: CorpusInput, rhs: CorpusInput) -> Bool {
        lhs.path.utf8.lexicographicallyPrecedes(rhs.path.utf8)
    }
}
