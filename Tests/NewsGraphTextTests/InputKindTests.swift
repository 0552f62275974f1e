import NewsGraphText
import Testing

@Suite struct InputKindTests {
    @Test(arguments: [
        ("<!DOCTYPE html><html><p>x</p></html>", "page.txt", InputKind.html),
        ("\u{FEFF}  \n<html lang=\"en\"><body>x", "-", .html),
        ("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", "a", .html),
        ("Plain words about <b>tags</b>.", "a.txt", .plainText),
        ("Plain words", "saved.HTM", .html),
        ("Plain words", "notes.md", .plainText),
    ])
    func sniffs(text: String, source: String, expected: InputKind) {
        #expect(InputKind.sniff(Array(text.utf8), source: source) == expected)
    }

    @Test(arguments: [
        [UInt8](repeating: 0, count: 4096),
        Array("%PDF-1.7\n%\u{00E2}".utf8),
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        [0x1F, 0x8B, 0x08, 0x00] + [UInt8](repeating: 0x41, count: 100),
        (0..<3000).map { UInt8(truncatingIfNeeded: $0 % 9) } + Array("some text".utf8),
    ])
    func binaryIsTold(bytes: [UInt8]) {
        #expect(InputKind.sniff(bytes, source: "page.html") == .binary)
    }

    @Test func utf16WithByteOrderMarkIsText() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Tanks rolled in.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(InputKind.sniff(bytes, source: "a.txt") == .plainText)
        #expect(DocumentReader().read(bytes: bytes, source: "a.txt").text == "Tanks rolled in.")
    }
}
