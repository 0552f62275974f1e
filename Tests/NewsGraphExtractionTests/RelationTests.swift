import Testing

/// Relations read from sentences written for these tests (none taken from the evaluation articles).
@Suite struct RelationTests {
    @Test(arguments: [
        // active voice, recipient and weapon
        ("France has delivered two SAMP/T batteries to Romania.", ["France supplies SAMP/T", "France arms Romania"]),
        // supply Y with Z and lists
        ("Canada supplied Latvia with rifles, grenades and armored vehicles.", ["Canada supplies rifles", "Canada supplies grenades", "Canada supplies armored vehicles", "Canada arms Latvia"]),
        // passive voice with coordinated agents
        ("The Leopard 2 tanks were delivered to Ukraine by Spain and Portugal.", ["Spain supplies Leopard 2", "Portugal supplies Leopard 2", "Spain arms Ukraine"]),
        // acquisition from a supplier
        ("Norway bought 54 K9 howitzers from South Korea.", ["Norway acquires K9 Thunder", "South Korea supplies K9 Thunder", "South Korea arms Norway"]),
        // made by, passive and hyphenated
        ("The Brimstone missile is built by MBDA.", ["Brimstone made_by MBDA"]),
        ("Egypt ordered French-made Rafale jets.", ["Egypt acquires Rafale", "Rafale made_by France"]),
        // attack nouns with a possessive agent
        ("Russia's invasion of Georgia began in 2008.", ["Russia attacks Georgia"]),
        // kills, passive with a national adjective
        ("Three Syrian soldiers were killed by Turkish fire.", ["Turkey kills Syrian Arab Army"]),
        // conflict between
        ("The conflict between Armenia and Azerbaijan flared again.", ["Armenia opposes Azerbaijan"]),
        // backing
        ("The Russia-backed Wagner Group shelled Bakhmut.", ["Russia supports Wagner Group", "Wagner Group attacks Bakhmut"]),
        // deploys and location
        ("Japan deployed Aegis destroyers to the Sea of Japan.", ["Japan deploys Aegis"]),
        // fire at a target
        ("Hezbollah fired rockets at Israel.", ["Hezbollah operates rockets", "Hezbollah attacks Israel"]),
        // a passive with no agent: where the weapons were fired from fired them
        ("Sirens sounded as rockets from Iran were fired at Israel.", ["Iran operates rockets", "Iran attacks Israel"]),
        ("Dozens of rockets were fired from Lebanon at Israel.", ["Lebanon operates rockets", "Lebanon attacks Israel"]),
        // owner before a weapon, maker before a weapon
        ("Poland's Krab howitzers and Lockheed Martin F-35 jets were shown at the parade.", ["Poland operates Krab", "F-35 made_by Lockheed Martin"]),
        // phrasal verbs
        ("Sweden will hand over Archer howitzers to Estonia.", ["Sweden supplies Archer", "Sweden arms Estonia"]),
        ("Finland said it would stand by Estonia.", ["Finland supports Estonia"]),
        // an object pronoun and a back-reference to the last named weapon
        ("Latvia received HIMARS launchers in May. Latvia has used them near Riga.", ["Latvia operates HIMARS"]),
        ("Norway's Air Force, which operates the systems, praised NASAMS.", []),
        // a light verb gives the agent of an attack noun
        ("Iran and Iraq launched repeated strikes on Kurdistan.", ["Iran attacks Kurdistan", "Iraq attacks Kurdistan"]),
        // an owner before weapons seen operating somewhere deploys them
        ("Radar saw six PLA warships operating in the South China Sea.", ["People's Liberation Army deploys warships", "warships located_in South China Sea"]),
        // a progressive form is not passive; `which` takes its antecedent
        ("The frigate HMS Richmond, which has been operating in the Red Sea, shot down two drones.", ["HMS Richmond located_in Red Sea"]),
        // a list of places goes on after `including`
        ("Britain carried out strikes on targets in Yemen, including around Sanaa.", ["United Kingdom attacks Yemen", "United Kingdom attacks Sanaa"]),
        // `alongside` adds another supplier
        ("This made Seoul one of Poland's biggest arms suppliers, alongside the United States.", ["South Korea arms Poland", "United States arms Poland"]),
        // a gerund after `of` is a verb; the pronoun skips a national adjective before a name
        ("Russia is accused of buying North Korean shells for its war in Ukraine.", ["Russia acquires shells", "Russia attacks Ukraine"]),
        // arms sales name weapons
        ("Beijing condemned US arms sales to Taiwan.", ["United States arms Taiwan"]),
    ])
    func readsRelations(sentence: String, expected: [String]) throws {
        let probe = try ExtractionProbe(sentence)
        for relation in expected {
            #expect(probe.relations.contains(relation), "missing \(relation) in \(probe.relations.sorted())")
        }
    }

    @Test(arguments: [
        ("Chancellor Olaf Scholz met the press.", "Olaf Scholz"),
        ("NATO spokeswoman Oana Lungescu declined to comment.", "Oana Lungescu"),
    ])
    func titlesIntroducePersons(sentence: String, person: String) throws {
        let probe = try ExtractionProbe(sentence)
        #expect(probe.entities.contains("Actor:\(person)"))
    }

    @Test(arguments: [
        // a participle without `be` is passive only when `by` follows it at once
        ("Chile bought FA-50 jets built by Korea Aerospace Industries.", "Korea Aerospace Industries acquires FA-50"),
        // a national adjective before a weapon is not the recipient
        ("We send launchers that Russian missiles cannot reach.", "arms Russia"),
        // an apposition after a comma is not an object of the verb
        ("Militants attacked Indian forces, a charge Pakistan denies.", "attacks Pakistan"),
        // a new clause after `, and` is not part of the object list
        ("Spain delivered Leopard 2 tanks to Ukraine, and Rheinmetall plans a new plant.", "arms Rheinmetall"),
        // only weapons make a recipient armed
        ("Vodafone sold its stake to Germany last year.", "arms Germany"),
        // a designator without a hyphen needs a weapon word; a capitalized System is a name, not a weapon
        ("The MI6 report praised the Global Positioning System.", "WeaponSystem"),
        // a place after a preposition is not a subject
        ("Rheinmetall will build a plant in Ukraine to produce artillery shells.", "made_by Ukraine"),
        // fire from a country's territory is nobody's attack
        ("U.S. warships came under fire from Yemeni territory controlled by rebels.", "attacks"),
        // a country's own armed service is in it without saying
        ("Iran's Islamic Revolutionary Guard Corps fired missiles at Israel.", "located_in Iran"),
        // a sea is where an attack falls, not what it attacks
        ("North Korea fired two ballistic missiles into the Sea of Japan.", "attacks Sea of Japan"),
        // `from within` a country says where the weapons were fired, not who fired them
        ("The drones were launched from within Chad at the city of Omdurman.", "Chad operates drones"),
        // who said the clause, after a comma, is no object of its verb
        ("North Korea launched two missiles toward the Sea of Japan on Wednesday, the Japanese and South Korean governments said.", "attacks"),
        // a backer in a compound word is none of the verb's arguments
        ("American troops continue to be targeted by Iranian-backed militants.", "Iran attacks"),
        ("Israel has escalated its strikes on Iranian-backed militia targets in Syria.", "attacks Iran"),
        // a country attacks no service of its own
        ("Tajik officials accused the Kyrgyz side of starting the shelling of Tajik border guards with mortars.", "Tajikistan attacks"),
        // a word and a number before what is no weapon word name no weapon
        ("Suwayda 24, a network of citizen journalists, said a woman was killed.", "WeaponSystem"),
        ("The Suwayda 24 network said a woman was killed.", "WeaponSystem"),
        // a national adjective on a weapon other than a ship may name its maker: its country is not attacked
        ("Haftar's forces hit an airport housing Turkish drones.", "attacks Turkey"),
        // ties improved are no opposition
        ("Egypt improved relations with Turkey.", "opposes"),
        // a part of a body is not the body (`the ASEAN observer team`)
        ("Members of the ASEAN observer team in Thailand attended.", "located_in Thailand"),
        // an outlet named in the plural is not who `they` or `their` stand for
        ("According to the Financial Times, Greece and Spain are under pressure from their allies to provide Ukraine with more air defence systems.", "Financial Times arms"),
    ])
    func avoidsFalseRelations(sentence: String, unwanted: String) throws {
        let probe = try ExtractionProbe(sentence)
        #expect(!probe.relations.contains { $0.contains(unwanted) }, "\(probe.relations.sorted())")
        #expect(!probe.entities.contains { $0.hasPrefix(unwanted) }, "\(probe.entities.sorted())")
    }

    @Test func titlesGiveMembership() throws {
        let probe = try ExtractionProbe("NATO spokeswoman Oana Lungescu said the alliance was ready.")
        #expect(probe.relations.contains("Oana Lungescu member_of NATO"))
    }

    @Test func acronymsMustMatchAnInitial() throws {
        let probe = try ExtractionProbe("Peacekeepers in Lebanon (UNIFIL) said they were concerned.")
        #expect(probe.node("Lebanon")?.aliases.contains("UNIFIL") == false)
    }

    @Test func acronymsIntroducedInTextAreAliases() throws {
        let probe = try ExtractionProbe("The Northern Logistics Command (NLC) moved the tanks. Later the NLC denied it.")
        let node = try #require(probe.node("NLC"))
        #expect(node.label == "Northern Logistics Command")
        #expect(node.provenance.count == 3)
    }

    @Test func provenanceRangesPointAtMentions() throws {
        let text = "Germany sent IRIS-T systems to Ukraine, officials said."
        let probe = try ExtractionProbe(text)
        let scalars = Array(text.unicodeScalars)
        for node in probe.graph.nodes where node.type != .statement {
            for place in node.provenance {
                let surface = String(String.UnicodeScalarView(scalars[place.start..<place.end]))
                #expect(([node.label] + node.aliases).contains(surface), "\(surface) is not a name of \(node.label)")
                #expect(place.evidence == text)
            }
        }
        #expect(probe.graph.edges.allSatisfy { !$0.provenance.isEmpty })
    }
}
