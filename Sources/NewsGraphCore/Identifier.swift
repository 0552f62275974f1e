/// Content-derived node ids.
///
/// An id is a type prefix and a slug: `actor.united-states`,
/// `weapon.iron-dome`, `place.gaza-strip`. Ids use only `[A-Za-z0-9._-]`, so
/// they are XML NMTOKENs, simple Turtle local names and safe DOT IDs, and
/// never hold `:` (which ``Edge/id`` uses as its separator).
public enum Identifier {
    /// The id of an entity of `type` named `name`.
    ///
    ///     Identifier.make(.actor, "Władysław Kosiniak-Kamysz")  // "actor.wladyslaw-kosiniak-kamysz"
    public static func make(_ type: NodeType, _ name: String) -> String {
        "\(type.idPrefix).\(slug(name))"
    }

    /// Lower-case ASCII letters and digits joined by single `-`; letters with
    /// diacritics lose them, other scripts are kept as hex code points.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let piece: String?
            var isCodePoint = false
            if scalar.isASCII {
                let lowered = Character(scalar).lowercased()
                piece = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? lowered : nil
            } else if let base = asciiBase(of: scalar) {
                piece = base
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                piece = "u" + String(scalar.value, radix: 16)
                isCodePoint = true
            } else {
                piece = nil
            }
            if let piece {
                if pendingDash && !out.isEmpty { out += "-" }
                out += piece
                // Code points are separated, so that "u41a-u438" reads unambiguously.
                pendingDash = isCodePoint
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "x" : out
    }

    /// Whether `id` uses only the characters node ids may hold.
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2E || byte == 0x2D || byte == 0x5F
        }
    }

    /// Makes any string a valid id, reversibly for ids that are already valid:
    /// other characters become `_xHEX_`. Used for graphs from other tools.
    public static func sanitize(_ raw: String) -> String {
        if isValid(raw) { return raw }
        var out = ""
        for scalar in raw.unicodeScalars {
            if scalar.isASCII, isValid(String(scalar)) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_x" + String(scalar.value, radix: 16) + "_"
            }
        }
        return out.isEmpty ? "_" : out
    }

    /// The ASCII spelling of a Latin letter with a diacritic ("é" → "e", "ł" → "l").
    private static func asciiBase(of scalar: Unicode.Scalar) -> String? {
        if let mapped = specialLetters[scalar] { return mapped }
        return latinBase[scalar].map { Character($0).lowercased() }
    }

    private static let specialLetters: [Unicode.Scalar: String] = [
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d",
    ]
}

/// Latin-1 Supplement and Latin Extended-A letters to their base letter.
private let latinBase: [Unicode.Scalar: Unicode.Scalar] = {
    let groups: [(Unicode.Scalar, String)] = [
        ("a", "àáâãäåāăą"), ("A", "ÀÁÂÃÄÅĀĂĄ"), ("c", "çćĉċč"), ("C", "ÇĆĈĊČ"), ("d", "ď"), ("D", "Ď"),
        ("e", "èéêëēĕėęě"), ("E", "ÈÉÊËĒĔĖĘĚ"), ("g", "ĝğġģ"), ("G", "ĜĞĠĢ"), ("h", "ĥħ"), ("H", "ĤĦ"),
        ("i", "ìíîïĩīĭįİ"), ("I", "ÌÍÎÏĨĪĬĮ"), ("j", "ĵ"), ("J", "Ĵ"), ("k", "ķ"), ("K", "Ķ"),
        ("l", "ĺļľŀ"), ("L", "ĹĻĽĿ"), ("n", "ñńņňŉ"), ("N", "ÑŃŅŇ"), ("o", "òóôõöōŏő"), ("O", "ÒÓÔÕÖŌŎŐ"),
        ("r", "ŕŗř"), ("R", "ŔŖŘ"), ("s", "śŝşšș"), ("S", "ŚŜŞŠȘ"), ("t", "ţťŧț"), ("T", "ŢŤŦȚ"),
        ("u", "ùúûüũūŭůűų"), ("U", "ÙÚÛÜŨŪŬŮŰŲ"), ("w", "ŵ"), ("W", "Ŵ"), ("y", "ýÿŷ"), ("Y", "ÝŶŸ"),
        ("z", "źżž"), ("Z", "ŹŻŽ"),
    ]
    var table: [Unicode.Scalar: Unicode.Scalar] = [:]
    for (base, letters) in groups {
        for letter in letters.unicodeScalars { table[letter] = base }
    }
    return table
}()
