/// Why a lexicon file could not be read: what is wrong, where, and what to do.
public struct LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file (or `built-in`) the row came from.
    public var source: String
    /// The 1-based line (TSV) or entry number (JSON); 0 for the whole file.
    public var line: Int
    public var message: String

    public init(source: String, line: Int, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String {
        let place = line > 0 ? "\(source):\(line)" : source
        return "\(place): \(message). Each row needs: canonical<TAB>type<TAB>kind<TAB>role<TAB>aliases<TAB>attributes"
            + " (type Actor, WeaponSystem or Place; role name, demonym, capital, title, honorific, head or generic)."
    }
}
