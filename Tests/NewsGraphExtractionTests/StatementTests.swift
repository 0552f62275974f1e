import Testing

/// Statements in sentences written for these tests.
@Suite struct StatementTests {
    @Test(arguments: [
        // speaker after the quote
        ("“We will not retreat,” President Volodymyr Zelensky said.", "Volodymyr Zelensky: We will not retreat"),
        // speaker before the quote
        ("NATO spokeswoman Oana Lungescu said: “The alliance stands united.”", "Oana Lungescu: The alliance stands united."),
        // reported speech with that and a date
        ("The Kremlin said on Friday that the talks had failed completely.", "Kremlin: the talks had failed completely"),
        // clause first, speaker after
        ("The convoy reached the border before dawn, the Turkish Defence Ministry said.", "Turkish Defence Ministry: The convoy reached the border before dawn"),
        // according to
        ("According to the International Atomic Energy Agency, the reactor was shut down safely.", "International Atomic Energy Agency: the reactor was shut down safely"),
        // the speaker before a relative clause
        ("The Wagner Group, which has fought in Mali, says its men will stay there.", "Wagner Group: its men will stay there"),
        // a participle after the subject's verb
        ("Greece's Foreign Ministry thanked France for the frigates, saying the ships would guard the Aegean.", "Greece Foreign Ministry: the ships would guard the Aegean"),
        // a bare title after the person it introduced is that person
        ("French President Emmanuel Macron visited Kyiv. The French President says the aid will grow next year.", "Emmanuel Macron: the aid will grow next year"),
        // a surname after the full name, where a title in apposition made the full name a person
        ("Mariusz Blaszczak, Poland's defence minister, signed the deal. Blaszczak said the jets would arrive in 2023.", "Mariusz Blaszczak: the jets would arrive in 2023"),
        // a body's own document, named by its common noun after the body was named
        ("The Jordanian army struck a smugglers' camp. An army statement said the clash lasted 14 hours.", "Jordanian Army: the clash lasted 14 hours"),
        // an unnamed official of a body named before
        ("The Indian Navy will get 26 jets. The jets will fly from INS Vikrant, a navy official said.", "Indian Navy: The jets will fly from INS Vikrant"),
        // an appeal or an emphasis on a noun phrase is what the speaker said
        ("Secretary of State Marco Rubio urged the full implementation of the peace accords.", "Marco Rubio: the full implementation of the peace accords"),
        ("Chief of staff Daniel Hagari stressed the importance of the shelters in the north.", "Daniel Hagari: the importance of the shelters in the north"),
        // a quote that a clarification frames
        ("Defence Minister Shin Won-sik spoke. “At least a million shells were sent,” the minister clarified.", "Shin Won-sik: At least a million shells were sent"),
        // a passive frame after a quote, with a relative clause between the name and the verb
        ("“We are proud of our deterrence,” Prime Minister Shaukat Aziz, who watched the test, was quoted as saying.",
            "Shaukat Aziz: We are proud of our deterrence"),
        ("“The tank deal is the largest contract in our history,” Minister Dovile Sakaliene was quoted in a statement.",
            "Dovile Sakaliene: The tank deal is the largest contract in our history"),
        // an outlet relaying an official
        ("A report by Reuters quoted a NATO official as saying that the drills would resume.", "NATO: the drills would resume"),
    ])
    func findsStatements(sentence: String, expected: String) throws {
        let probe = try ExtractionProbe(sentence)
        #expect(probe.statements.contains(expected), "got \(probe.statements)")
    }

    @Test func theSubjectOfCoordinatedVerbsIsThePerson() throws {
        let probe = try ExtractionProbe("Chile's foreign minister, Alberto van Klaveren, criticised the vote and called on the council to act quickly.")
        // One reporting sentence is one statement, its parts joined without the second frame verb.
        #expect(probe.statements == ["Alberto van Klaveren: the vote and on the council to act quickly"])
    }

    @Test func framesAreNotStatements() throws {
        let probe = try ExtractionProbe("In a statement, the Indian Army said that two posts were shelled overnight.")
        #expect(probe.statements == ["Indian Army: two posts were shelled overnight"])
    }

    @Test func documentsStandForTheirAuthors() throws {
        let probe = try ExtractionProbe("The report by Al Jazeera cited witnesses. The convoy had crossed the border at night, said the report.")
        #expect(probe.statements.contains("Al Jazeera: The convoy had crossed the border at night"))
    }

    @Test func interruptedQuoteIsOneStatement() throws {
        let probe = try ExtractionProbe("“The drones,” Defence Minister Ben Wallace said on Monday, “will arrive next week.”")
        #expect(probe.statements == ["Ben Wallace: The drones, will arrive next week."])
        #expect(probe.graph.nodes.first { $0.type == .statement }?.date == "on Monday")
    }

    @Test func aQuoteThatGoesOnIntoTheNextParagraphEndsWithItsOwn() throws {
        // The convention for a quote over paragraphs: no closing mark at the first one's end, an opening mark at the next.
        let probe = try ExtractionProbe("""
            The minister told parliament: "The new radars will guard the whole coast from next spring.

            "The navy has asked for them for a decade."

            President Maria Costa said the budget would grow by a tenth, "a record for the navy".
            """)
        #expect(probe.statements.contains { $0.hasPrefix("Maria Costa: the budget would grow by a tenth") }, "got \(probe.statements)")
    }

    @Test func aQuotationMarkLeftOpenAtAParagraphsEndQuotesNothingAfterIt() throws {
        let probe = try ExtractionProbe("""
            Villagers called the raid "a massacre.

            General Omar Haddad said the troops had left the valley, "all of them".
            """)
        #expect(probe.statements.contains { $0.hasPrefix("Omar Haddad: the troops had left the valley") }, "got \(probe.statements)")
    }

    @Test func aQuotedParagraphWithNoSpeakerGoesOnWithTheQuoteBefore() throws {
        // The speaker stands after a quote of two sentences; the next paragraph's quote has none of its own.
        let probe = try ExtractionProbe("""
            “The first tanks arrived today. This is a milestone,” company chief Anna Berg said.

            “Our factory will build the other ninety by the end of next year, as the contract requires.”
            """)
        #expect(probe.statements.count == 1, "got \(probe.statements)")
        #expect(probe.statements.first?.hasSuffix("as the contract requires.") == true, "got \(probe.statements)")
    }

    @Test func aSourceBeforeAnActorsOwnSpeechPassesItOn() throws {
        // The source is no entity here; the named actor's own speech verb gives the speaker.
        let probe = try ExtractionProbe("According to local radio, General Omar Haddad said on Monday that the bridge had been mined.")
        #expect(probe.statements == ["Omar Haddad: the bridge had been mined"], "got \(probe.statements)")
    }

    @Test func theStatementIsTheLastOneBroughtIn() throws {
        let probe = try ExtractionProbe("""
            General Omar Haddad said in a statement that the army held the bridge. \
            Navy spokesman Ali Karimi said in a statement on Tuesday that two frigates had sailed. \
            The statement added that the frigates carried anti-ship missiles.
            """)
        #expect(probe.statements.contains("Ali Karimi: the frigates carried anti-ship missiles"), "got \(probe.statements)")
    }

    @Test func thisWasReportedByGivesTheSpeakerOfTheSentencesBefore() throws {
        let probe = try ExtractionProbe("""
            The army took the bridge on Monday.

            Russian troops shelled the port of Kherson overnight. Two warehouses burned.

            This was reported by the head of the regional administration, Oleksandr Prokudin, on Telegram.
            """)
        #expect(probe.statements == ["Oleksandr Prokudin: Russian troops shelled the port of Kherson overnight. Two warehouses burned"], "got \(probe.statements)")
    }

    @Test(arguments: [
        // a contrasting clause after a quote is no frame of the quote
        ("""
            Teddy Kataliko denounced the army, saying: “It is not normal that the army cannot keep the population safe,” \
            but army spokesman Mak Hazukay insisted that soldiers had reacted quickly.
            """,
            ["Mak Hazukay: soldiers had reacted quickly", "Teddy Kataliko: It is not normal that the army cannot keep the population safe"]),
        // a second speaker after `while` says words of their own
        ("""
            Prime Minister Petr Fiala said that 15 countries had given money, \
            while Defence Minister Jana Cernochova (ODS) said 18 countries had signed the memoranda.
            """,
            ["Jana Cernochova: 18 countries had signed the memoranda", "Petr Fiala: 15 countries had given money"]),
        // countries joined by `and` speak together
        ("North Korea fired two missiles into the sea on Wednesday, the Japanese and South Korean governments said.",
            ["Japan: North Korea fired two missiles into the sea on Wednesday", "South Korea: North Korea fired two missiles into the sea on Wednesday"]),
    ])
    func oneSentenceGivesEachSpeakerTheirOwnWords(sentence: String, expected: [String]) throws {
        let probe = try ExtractionProbe(sentence)
        #expect(probe.statements == expected, "got \(probe.statements)")
    }

    @Test func aNewsletterNamedAsASourceIsNoSiteNotice() throws {
        let report = try ExtractionProbe("ISIS has claimed an armed attack on a convoy in Mozambique, according to its newsletter Al-Naba.")
        #expect(report.statements == ["Islamic State: an armed attack on a convoy in Mozambique"], "got \(report.statements)")
        // A call to subscribe is still no article text.
        let notice = try ExtractionProbe("Subscribe to our newsletter to read how Hamas fired rockets at Israel.")
        #expect(notice.graph.nodes.isEmpty, "got \(notice.graph.nodes.map(\.label))")
    }

    @Test func pronounsResolveToTheLastPerson() throws {
        let probe = try ExtractionProbe("Army chief Asim Munir visited the border. He said the troops were ready for anything.")
        #expect(probe.statements.contains("Asim Munir: the troops were ready for anything"))
    }
}
