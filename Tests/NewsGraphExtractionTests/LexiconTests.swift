@testable import NewsGraphExtraction
import NewsGraphCore
import Testing

@Suite struct LexiconTests {
    @Test func builtInTablesParse() {
        #expect(Lexicon.builtInErrors().isEmpty)
        #expect(Lexicon.builtIn.count > 5_000)
    }

    @Test(arguments: [
        ("Lockheed Martin", NodeType.actor, "Lockheed Martin"),
        ("Pentagon", .actor, "US Department of Defense"),
        ("HIMARS", .weaponSystem, "HIMARS"),
        ("Shahed drones", .weaponSystem, "Shahed-136"),
        ("Taiwan Strait", .place, "Taiwan Strait"),
        ("Odessa", .place, "Odesa"),
        ("Israelis", .actor, "Israel"),
    ])
    func knowsNames(surface: String, type: NodeType, canonical: String) {
        #expect(Lexicon.builtIn.entries(for: surface).contains { $0.type == type && $0.canonical == canonical })
    }

    @Test func tsvAddsAndOverrides() throws {
        let lexicon = try Lexicon.builtIn.adding(tsv: """
            # a comment
            Thunderbolt Z	WeaponSystem	Missile	name	TZ-9|Thunderbolt	maker=Acme Arms;origin=Freedonia
            Acme Arms	Actor	Organization	name		country=Freedonia
            """, source: "test.tsv")
        let entry = try #require(lexicon.entries(for: "TZ-9").first)
        #expect(entry.canonical == "Thunderbolt Z")
        #expect(entry[attribute: "maker"] == "Acme Arms")
        #expect(lexicon.entries(for: "Thunderbolt").map(\.canonical) == ["Thunderbolt Z"])
    }

    @Test func jsonAdds() throws {
        let json = #"[{"canonical": "Sky Lance", "type": "WeaponSystem", "kind": "AirDefense", "aliases": ["Sky Lance battery"], "attributes": {"origin": "Ruritania"}}]"#
        let lexicon = try Lexicon().adding(json: Array(json.utf8))
        #expect(lexicon.entries(for: "Sky Lance battery").first?.kind == "AirDefense")
    }

    @Test(arguments: [
        ("Foo\tPlanet\t\tname", "unknown type 'Planet'"),
        ("Foo\tActor\t\twizard", "unknown role 'wizard'"),
        ("Foo\tActor\t\tname\t\tnot-a-pair", "attribute 'not-a-pair' is not key=value"),
    ])
    func badRowsSayWhatAndWhere(row: String, message: String) {
        #expect(throws: LexiconError(source: "bad.tsv", line: 2, message: message)) {
            try Lexicon().adding(tsv: "# header\n" + row, source: "bad.tsv")
        }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: LexiconError.self) { try Lexicon().adding(contentsOf: "/nonexistent/lexicon.tsv") }
    }

    @Test func acronymsMatchOnlyInCapitals() throws {
        let probe = try ExtractionProbe("Officials told us that the US sent tanks to Ukraine.")
        #expect(probe.entities.contains("Actor:United States"))
        #expect(probe.node("us") == nil)
    }
}
