import LibXML
import Testing

/// XML 1.0 §2.4 CharData and §2.11 end-of-line handling.
struct XMLEscapingTests {
    @Test(arguments: [
        ("", ""),
        ("plain", "plain"),
        ("a < b", "a &lt; b"),
        ("a > b", "a &gt; b"),
        ("]]>", "]]&gt;"),
        ("&amp;", "&amp;amp;"),
        ("\"quotes\" 'stay'", "\"quotes\" 'stay'"),
        ("cr\r\nlf\n", "cr&#13;\nlf\n"),
        ("tab\there", "tab\there"),
        ("ünïcödé 🚀", "ünïcödé 🚀"),
    ])
    func escapes(input: String, expected: String) {
        #expect(XMLEscaping.escapedText(input) == expected)
    }
}
