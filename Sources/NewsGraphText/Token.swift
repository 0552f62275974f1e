/// A word, number, quote mark or punctuation mark, with its scalar range.
public struct Token: Hashable, Sendable {
    public enum Kind: Sendable, Hashable {
        /// Letters and digits, with inner hyphens, apostrophes and the periods
        /// of initialisms (`F-16`, `Kosiniak-Kamysz`, `U.S.`).
        case word
        /// Digits with inner `,` or `.` (`6,546`, `1.4`).
        case number
        /// An opening or closing quotation mark (`"`, `“`, `”`, `«`, `»`, and `'`/`‘`/`’` standing alone).
        case quote
        /// The possessive ending `'s` or `’s`, split from its word.
        case possessive
        /// Any other non-space character.
        case punctuation
    }

    public let kind: Kind
    /// Scalar offsets in the document.
    public let range: Range<Int>
    public let text: String

    public init(kind: Kind, range: Range<Int>, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }

    /// Whether the token starts with an upper-case letter.
    public var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
    }

    /// Whether the token is a word made of digits or of upper-case letters and digits only (`US`, `S-400`).
    public var isAllCaps: Bool {
        kind == .word && text.unicodeScalars.contains { $0.properties.isUppercase }
            && !text.unicodeScalars.contains { $0.properties.isLowercase }
    }
}
