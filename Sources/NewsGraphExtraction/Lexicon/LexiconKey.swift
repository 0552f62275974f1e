/// How token texts are compared with lexicon surface forms.
enum LexiconKey {
    /// Lower case, with the typographic apostrophe made `'` and `‑` made `-`.
    ///
    ///     LexiconKey.fold("People’s")  // "people's"
    static func fold(_ text: String) -> String {
        var plain = true
        for byte in text.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) {
            plain = false
            break
        }
        if plain { return text }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}": out.append("'")
            case "\u{2011}", "\u{2010}": out.append("-")
            default:
                if scalar.isASCII {
                    let v = scalar.value
                    out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(truncatingIfNeeded: v + 32)) : scalar)
                } else {
                    out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                }
            }
        }
        return String(out)
    }

    /// Whether a letter after the first scalar is upper case (`US`, `LoC`, `IRIS-T`).
    static func hasInnerCapital(_ text: String) -> Bool {
        // In ASCII text, each byte is a scalar and only A-Z are upper case.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.dropFirst().contains { $0 >= 0x41 && $0 <= 0x5A } }
        return text.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
    }
}
