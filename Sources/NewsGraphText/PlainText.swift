/// Decoding and normalizing plain text.
enum PlainText {
    /// UTF-8 with invalid sequences replaced by U+FFFD; a byte-order mark is dropped.
    static func decode(_ bytes: [UInt8]) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        return String(decoding: body, as: UTF8.self)
    }

    /// Line ends made `\n`; NUL and other control characters (except tab and
    /// line feed) made spaces; trailing spaces on lines dropped.
    static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR {
                pendingCR = false
                out.append("\n")
                if scalar == "\n" { continue }
            }
            switch scalar.value {
            case 0x0D: pendingCR = true
            case 0x09, 0x0A: out.append(scalar)
            case 0x00..<0x20, 0x7F, 0x80..<0xA0: out.append(" ")
            case 0x2028: out.append("\n")
            default: out.append(scalar)
            }
        }
        if pendingCR { out.append("\n") }
        return String(out)
    }
}
