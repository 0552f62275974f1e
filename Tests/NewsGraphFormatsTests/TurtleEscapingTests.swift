import Testing

@testable import NewsGraphFormats

/// The Turtle escaping rules, one table per grammar production.
struct TurtleEscapingTests {
    static let strings: [(String, String)] = [
        ("plain", "plain"),
        ("\"q\" and 'single'", "\\\"q\\\" and 'single'"),
        ("back\\slash\\", "back\\\\slash\\\\"),
        ("a\nb\r\nc\td", "a\\nb\\r\\nc\\td"),
        ("\u{8}\u{C}", "\\b\\f"),
        ("NUL \u{0} end", "NUL \\u0000 end"),
        ("\u{1}\u{1B}\u{1F}\u{7F}", "\\u0001\\u001B\\u001F\\u007F"),
        ("\"\"\" long quote", "\\\"\\\"\\\" long quote"),
        ("emoji 🚀 ümlaut \u{FFFE}\u{FFFF}", "emoji 🚀 ümlaut \u{FFFE}\u{FFFF}"),
        ("@prefix x: <y> . _:b ; , [ ]", "@prefix x: <y> . _:b ; , [ ]"),
        ("", ""),
    ]

    @Test("STRING_LITERAL_QUOTE content", arguments: strings)
    func stringContent(input: String, expected: String) {
        var out: [UInt8] = []
        TurtleEscaping.appendStringContent(input, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    static let iris: [(String, String)] = [
        ("https://example.org/a", "https://example.org/a"),
        ("https://example.org/a b?c=\"d\"&e=<f>", "https://example.org/a%20b?c=%22d%22&e=%3Cf%3E"),
        ("x{y}|z^w`v\\u", "x%7By%7D%7Cz%5Ew%60v%5Cu"),
        ("tab\there\nnul\u{0}", "tab%09here%0Anul%00"),
        ("https://uk.wikipedia.org/wiki/Київ", "https://uk.wikipedia.org/wiki/Київ"),
        ("100%", "100%"),
    ]

    @Test("IRIREF content", arguments: iris)
    func iriContent(input: String, expected: String) {
        var out: [UInt8] = []
        TurtleEscaping.appendIRIContent(input, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    static let locals: [(String, Bool)] = [
        ("actor.united-states", true),
        ("member_of", true),
        ("9780136019701", true),
        ("actor.a:supplies:weapon.b", true),
        ("actor.a.0.target", true),
        ("_x", true),
        ("x.", false),
        ("-x", false),
        (".x", false),
        ("a%20b", false),
        ("a/b", false),
        ("a#b", false),
        ("a~b", false),
        ("Київ", false),
        ("", false),
    ]

    @Test("conservative PN_LOCAL", arguments: locals)
    func prefixedLocal(local: String, expected: Bool) {
        #expect(TurtleEscaping.isPrefixedLocal(Array(local.utf8)) == expected)
    }

    static let encodedLocals: [(String, String)] = [
        ("actor.israel", "actor.israel"),
        ("a b/c#d%e", "a%20b%2Fc%23d%25e"),
        ("ü~", "%C3%BC~"),
    ]

    @Test("local names percent-encode outside unreserved and decode back", arguments: encodedLocals)
    func localEncoding(id: String, expected: String) {
        var out: [UInt8] = []
        RDFLocalName.appendEncoded(id, to: &out)
        let local = String(decoding: out, as: UTF8.self)
        #expect(local == expected)
        #expect(RDFMapping.decodeLocal(local) == id)
    }
}
