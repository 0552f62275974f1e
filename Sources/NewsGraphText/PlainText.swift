/// Decoding plain text (line ends and white space are handled by ``Whitespace``).
enum PlainText {
    /// UTF-8 with invalid sequences replaced by U+FFFD, or UTF-16 when the
    /// bytes open with its byte-order mark; a byte-order mark is dropped.
    static func decode(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// UTF-16 code units from byte pairs; an odd last byte is dropped, unpaired surrogates replaced.
    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let first = UInt16(bytes[i]), second = UInt16(bytes[i + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
