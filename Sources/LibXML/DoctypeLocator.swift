/// Finds where a document's DOCTYPE declaration starts, to report it at the
/// right line (libxml2 only tells where the parser stands after it).
enum DoctypeLocator {
    /// The line and column (from 1) of `<!DOCTYPE` in the prolog of `bytes`,
    /// or nil when the prolog has none (XML 1.0 §2.8, [28] doctypedecl).
    ///
    /// The prolog ends at the first start tag: `<` followed by a letter, `_` or
    /// `:` or a non-ASCII byte. Comments and processing instructions are skipped.
    static func position(in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)? {
        let marker = Array("<!DOCTYPE".utf8)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            } else if byte == UInt8(ascii: "<"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if startsName(next) { return nil }
                if matches(marker, in: bytes, at: index) { return (line, index - lineStart + 1) }
            }
            index += 1
        }
        return nil
    }

    private static func startsName(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte == 0x3A || byte >= 0x80
    }

    private static func matches(_ marker: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + marker.count <= bytes.count else { return false }
        for offset in 0..<marker.count where bytes[index + offset] != marker[offset] { return false }
        return true
    }
}
