/// What an input file holds, told from its name and its first bytes.
public enum InputKind: Sendable, Hashable {
    /// Text to read as it is (UTF-8, or UTF-16 with a byte-order mark).
    case plainText
    /// A saved web page.
    case html
    /// Not text at all: mostly NUL and control bytes, or a known binary format.
    case binary

    /// How many leading bytes are looked at; sniffing costs O(1) whatever the file size.
    static let sampleSize = 8192

    /// The kind of an input: `.html`/`.htm`/`.xhtml` files and content that
    /// opens with markup are pages; binary content wins over the file name.
    ///
    ///     InputKind.sniff(Array("<!DOCTYPE html><p>Hi".utf8), source: "a.txt")  // .html
    public static func sniff(_ bytes: [UInt8], source: String) -> InputKind {
        let sample = bytes.prefix(sampleSize)
        if isBinary(sample) { return .binary }
        let name = source.lowercased()
        if name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml") { return .html }
        return opensWithMarkup(sample) ? .html : .plainText
    }

    /// Whether more than a tenth of the sample is NUL or control bytes (other
    /// than tab, line feed, form feed, carriage return and escape), or it opens
    /// with the signature of a common binary format. UTF-16 text with a
    /// byte-order mark is not binary.
    static func isBinary(_ sample: ArraySlice<UInt8>) -> Bool {
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) { return false }
        if signatures.contains(where: { sample.starts(with: $0) }) { return true }
        var control = 0
        for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B {
            control += 1
        }
        return control * 10 > sample.count
    }

    /// Opening bytes of formats that are never articles: PDF, PNG, GIF, JPEG, ZIP, gzip, ELF.
    static let signatures: [[UInt8]] = [
        Array("%PDF-".utf8), [0x89, 0x50, 0x4E, 0x47], Array("GIF8".utf8), [0xFF, 0xD8, 0xFF],
        [0x50, 0x4B, 0x03, 0x04], [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46],
    ]

    /// Whether the first non-blank characters are `<!doctype html`, `<html`,
    /// `<head`, `<body` or an XML declaration followed by `<html` (any case).
    static func opensWithMarkup(_ sample: ArraySlice<UInt8>) -> Bool {
        var start = sample.startIndex
        if sample.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < sample.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(sample[start]) { start += 1 }
        let head = String(decoding: sample[start...].prefix(512), as: UTF8.self).lowercased()
        let openers = ["<!doctype html", "<html", "<head", "<body"]
        if openers.contains(where: head.hasPrefix) { return true }
        return head.hasPrefix("<?xml") && head.contains("<html")
    }
}
