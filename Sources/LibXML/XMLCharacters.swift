/// Reduces text to the characters an XML 1.0 document can hold.
///
/// xmlTextWriter escapes `<`, `>`, `&` and `"`, but writes U+0001–U+001F
/// (other than tab, line feed and carriage return), U+FFFE and U+FFFF raw,
/// which makes the file ill-formed, and silently cuts a string at U+0000.
/// ``XMLWriter`` therefore passes every string through ``reduced(_:)`` first.
///
///     XMLCharacters.reduced("bell\u{7}")  // "bell\u{FFFD}"
public enum XMLCharacters {
    /// What stands for a character XML 1.0 cannot hold: U+FFFD REPLACEMENT CHARACTER.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether `scalar` matches the XML 1.0 `Char` production (XML 1.0 §2.2, [2]):
    /// `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
    public static func isChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `text` with every character outside `Char` replaced by ``replacement``;
    /// `text` itself, uncopied, when it is already clean.
    ///
    /// Surrogates cannot occur in a Swift `String`, so only U+0000–U+001F
    /// (except tab, LF, CR), U+FFFE and U+FFFF are ever replaced.
    public static func reduced(_ text: String) -> String {
        guard needsReduction(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isChar(scalar) ? scalar : replacement)
        }
        return String(scalars)
    }

    /// Whether `text` holds a character outside `Char`, judged on its UTF-8:
    /// a byte below 0x20 other than 0x09, 0x0A, 0x0D, or `EF BF BE` / `EF BF BF`
    /// (U+FFFE, U+FFFF).
    public static func needsReduction(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(needsReduction(utf8:)) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer(needsReduction(utf8:))
    }

    private static func needsReduction(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteScan.contains(bytes, word: { ByteScan.hasByteBelow($0, 0x20) || ByteScan.hasByte($0, 0xEF) }) { index in
            let byte = bytes[index]
            if byte < 0x20 { return byte != 0x09 && byte != 0x0A && byte != 0x0D }
            return byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE
        }
    }
}
