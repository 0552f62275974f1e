import NewsGraphCore
import NewsGraphText
import Testing

@Suite struct ChromeFilterTests {
    func body(_ text: String) -> String {
        DocumentReader().read(bytes: Array(text.utf8), source: "story.txt").text
    }

    /// Lines that are site chrome and must leave the body.
    @Test(arguments: [
        "Home / World / Middle East / Analysis",
        "Start   /   Sport   /   Football   /   Top Picks",
        "Home › Europe",
        "World » Asia » Japan",
        "By Maria Lopez",
        "By: Tom O'Neill | March 3, 2024",
        "BY ANNA KOWALSKA AND PIOTR NOWAK",
        "Written by Ahmed al Rashid",
        "Reporting by Lena Fischer; Editing by Mark Baker",
        "Read more: Rebels seize a second town in the north",
        "READ MORE | Parliament approves the budget",
        "Related: What the new treaty means",
        "See also - The long road to the ceasefire",
        "Advertisement",
        "Share this article",
        "Continue reading below",
        "Advert",
        "Subscribe to our newsletter for the morning briefing",
        "Follow him on Twitter @jdoe and on Instagram.",
        "Got a tip? Marta Nowak can be reached at mnowak@example.org.",
        "4 min read",
        "Updated: 18 Nov 2019, 19:11",
        "November 12, 2018 at 5:40 pm",
        "2021-03-04 08:15 GMT",
        "Tue 14.05.2024",
        "By Louis Jacobs on Monday, March 3rd, 2025 at 11:04 a.m.",
        "First Published on Dec 2, 2024 09:15 pm",
        "- Feb. 21st 2023 8:30 am PT",
        "Maria Lopez in Lisbon contributed reporting.",
        "Contributing: Tom Berg",
    ])
    func dropsChromeLine(line: String) {
        let text = "Ferry sinks off coast\n\n\(line)\n\nA ferry sank on Monday, officials said."
        #expect(body(text) == "Ferry sinks off coast\n\nA ferry sank on Monday, officials said.")
    }

    /// Lines that look a little like chrome but are article text.
    @Test(arguments: [
        "By the time the rescue boats arrived, the ferry had sunk.",
        "By Monday, the navy had recovered most of the bodies.",
        "Read more carefully, the report blames the crew.",
        "Share prices fell 3% in Tokyo on the news.",
        "The 50/50 split was agreed in 2019 / 2020 talks, he said.",
        "Related companies also lost value, analysts said.",
        "Home owners along the coast were told to leave.",
        "63",
        "85%",
        "By Sunday Russia and Ukraine had agreed.",
        "By 2030, the fleet will have 40 ships.",
        "May 2020 was the wettest month on record.",
        "The minister said he would follow the talks on Twitter closely, and then travel to Brussels on Monday to meet EU officials.",
    ])
    func keepsArticleLine(line: String) {
        let text = "Ferry sinks off coast\n\n\(line)\n\nA ferry sank on Monday, officials said."
        #expect(body(text) == "Ferry sinks off coast\n\n\(line)\n\nA ferry sank on Monday, officials said.")
    }

    @Test func dropsFooterAndTheLinksAfterIt() {
        let text = """
            Ferry sinks off coast

            A ferry sank on Monday, officials said.

            Coast Radio’s website can also be accessed at the following alternate addresses:

            Coast Radio Android App

            Coast Radio TV
            """
        #expect(body(text) == "Ferry sinks off coast\n\nA ferry sank on Monday, officials said.")
    }

    @Test func keepsSentencesAfterAFooterLine() {
        let text = "Ferry\n\n© 2024 Coast Media\nThe crew was rescued on Tuesday."
        #expect(body(text) == "Ferry\n\nThe crew was rescued on Tuesday.")
    }

    @Test func collapsesSpacesAndBlankLines() {
        let text = "  Ferry \t sinks  \r\n\r\n\r\n\r\nA\u{00A0}ferry   sank.\u{2028}Crew safe.  \n\n"
        #expect(body(text) == "Ferry sinks\n\nA ferry sank.\nCrew safe.")
    }
}

@Suite struct DatelineTests {
    func firstParagraph(_ line: String) -> String {
        DocumentReader().read(bytes: Array("Title\n\n\(line)".utf8), source: "a.txt").text
            .split(separator: "\n\n").dropFirst().joined()
    }

    @Test(arguments: [
        ("LISBON, Oct 9 - Portugal sent two frigates.", "Portugal sent two frigates."),
        ("OSLO, Aug 1 — Norway signed the deal.", "Norway signed the deal."),
        ("NEW DELHI, March 3, 2024 (Reuters) - India tested a missile.", "India tested a missile."),
        ("GAZA CITY, Palestine (AP) — Strikes hit the north.", "Strikes hit the north."),
        ("KHARKIV (AFP) -- Shelling resumed.", "Shelling resumed."),
        ("ST. LOUIS — The plant will close.", "The plant will close."),
        ("CAIRO—Talks resumed on Sunday.", "Talks resumed on Sunday."),
    ])
    func strips(line: String, expected: String) {
        #expect(firstParagraph(line) == expected)
    }

    @Test(arguments: [
        "NATO said on Monday - not a dateline here.",
        "The US - Israel talks went on.",
        "A US-made drone crashed.",
        "UK, France - and Germany - agreed.",
        "BERLIN",
        "ROME, Italy's capital, was quiet on Tuesday as talks went on and on and on - nobody came.",
    ])
    func keeps(line: String) {
        #expect(firstParagraph(line) == line)
    }

    @Test func onlyTheFirstParagraphsLoseADateline() {
        let text = "Title\n\nLISBON, Oct 9 - Portugal sent ships.\n\nA.\n\nB.\n\nPORTO - Later text kept."
        let body = DocumentReader().read(bytes: Array(text.utf8), source: "a.txt").text
        #expect(body == "Title\n\nPortugal sent ships.\n\nA.\n\nB.\n\nPORTO - Later text kept.")
    }
}

@Suite struct SectionEndTests {
    let story = "Ferry sinks off coast\n\nA ferry sank on Monday off the northern coast, and rescuers pulled forty people from the water, officials said."

    func body(_ text: String) -> String {
        DocumentReader().read(bytes: Array(text.utf8), source: "story.txt").text
    }

    @Test(arguments: ["Related stories", "You may also like", "Comments", "RELATED LINKS:", "Most read"])
    func cutsTheTailAfterAClosingHeading(heading: String) {
        let text = story + "\n\n\(heading)\n\nStorm hits the south\n\nPrices rise again"
        #expect(body(text) == story)
    }

    @Test func keepsTheTailWhenItIsTheLargerPart() {
        let tail = "The ferry, built in 1998, had passed an inspection in May, the port authority said, and its crew was experienced."
        let text = "Ferry sinks\n\nComments\n\n\(tail)\n\n\(tail)"
        #expect(body(text) == "Ferry sinks\n\n\(tail)\n\n\(tail)")
    }
}
