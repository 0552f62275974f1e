import NewsGraphCore
import NewsGraphFormats
import Testing

@testable import NewsGraphQuery

/// Plain questions: each case asks a question and lists the rows, as text.
struct GraphQuestionsTests {
    struct Case: Sendable, CustomStringConvertible {
        var question: PlainQuestion
        var evidence = false
        var columns: [String]
        var rows: [[String]]
        var description: String { "\(question)" }
    }

    static let cases: [Case] = [
        Case(question: .edges(EdgeQuestion(subject: "united states", relation: "supplies")),
             columns: ["subject", "relation", "object", "mentions"],
             rows: [["United States", "supplies", "Patriot", "2"]]),
        Case(question: .edges(EdgeQuestion(subject: "Washington", relation: "supplies")), evidence: true,
             columns: ["subject", "relation", "object", "mentions", "evidence", "article"],
             rows: [
                ["United States", "supplies", "Patriot", "2", "Washington supplies Patriots.", "presstv.html"],
                ["United States", "supplies", "Patriot", "2", "The United States will supply Patriot systems to Ukraine.", "https://example.org/reuters"],
             ]),
        Case(question: .edges(EdgeQuestion(relation: "operates", object: "MIM-104 PATRIOT")),
             columns: ["subject", "relation", "object", "mentions"], rows: [["Ukraine", "operates", "Patriot", "0"]]),
        Case(question: .edges(EdgeQuestion(subject: "Russia", relation: "opposes")),
             columns: ["subject", "relation", "object", "mentions"], rows: [["Russia", "opposes", "Ukraine", "0"]]),
        Case(question: .edges(EdgeQuestion(relation: "supplies", kind: "drone")),
             columns: ["subject", "relation", "object", "mentions"], rows: [["Iran", "supplies", "Shahed-136", "0"]]),
        Case(question: .edges(EdgeQuestion(type: "place")),
             columns: ["id", "label", "type", "kind", "aliases", "mentions"], rows: [["place.kyiv", "Kyiv", "Place", "City", "", "0"]]),
        Case(question: .edges(EdgeQuestion(subject: "Iran", relation: "attacks")),
             columns: ["subject", "relation", "object", "mentions"], rows: []),
        Case(question: .neighbors("Patriot", depth: 1), columns: ["depth", "subject", "relation", "object", "neighbor"],
             rows: [["1", "Ukraine", "operates", "Patriot", "Ukraine"], ["1", "United States", "supplies", "Patriot", "United States"]]),
        Case(question: .neighbors("Iran", depth: 2), columns: ["depth", "subject", "relation", "object", "neighbor"],
             rows: [["1", "Iran", "supplies", "Shahed-136", "Shahed-136"], ["2", "Russia", "operates", "Shahed-136", "Russia"]]),
        Case(question: .path(from: "United States", to: "Russia", limit: 10),
             columns: ["path", "step", "from", "relation", "direction", "to"],
             rows: [
                ["1", "1", "United States", "supplies", "->", "Patriot"], ["1", "2", "Patriot", "operates", "<-", "Ukraine"],
                ["1", "3", "Ukraine", "attacks", "<-", "Russia"],
                ["2", "1", "United States", "supplies", "->", "Patriot"], ["2", "2", "Patriot", "operates", "<-", "Ukraine"],
                ["2", "3", "Ukraine", "opposes", "<->", "Russia"],
             ]),
        Case(question: .path(from: "Iran", to: "Olaf Scholz", limit: 1),
             columns: ["path", "step", "from", "relation", "direction", "to"],
             rows: [
                ["1", "1", "Iran", "supplies", "->", "Shahed-136"], ["1", "2", "Shahed-136", "operates", "<-", "Russia"],
                ["1", "3", "Russia", "attacks", "->", "Ukraine"], ["1", "4", "Ukraine", "mentions", "<-", "We will stand by Ukraine"],
                ["1", "5", "We will stand by Ukraine", "states", "<-", "Olaf Scholz"],
             ]),
        Case(question: .statements(speaker: nil), evidence: true,
             columns: ["speaker", "statement", "kind", "date", "evidence", "article"],
             rows: [["Olaf Scholz", "We will stand by Ukraine", "direct", "on Monday",
                     "\"We will stand by Ukraine,\" Olaf Scholz said on Monday.", "https://example.org/reuters"]]),
        Case(question: .statements(speaker: "Iran"), columns: ["speaker", "statement", "kind", "date"], rows: []),
    ]

    @Test(arguments: cases)
    func answers(_ testCase: Case) throws {
        let table = try GraphQuestions(try QuestionGraphs.news()).answer(testCase.question, evidence: testCase.evidence)
        #expect(table.columns == testCase.columns)
        let text = table.rows.map { row in row.map { $0.map(ResultEscaping.plain) ?? "" } }
        #expect(text.sorted { $0.lexicographicallyPrecedes($1) } == testCase.rows.sorted { $0.lexicographicallyPrecedes($1) })
    }

    static let errors: [(PlainQuestion, String)] = [
        (.edges(EdgeQuestion(subject: "Untied States")), "no entity named 'Untied States'; did you mean 'United States'?"),
        (.edges(EdgeQuestion(relation: "suplies")), "no relation named 'suplies'; did you mean 'supplies'?"),
        (.edges(EdgeQuestion(type: "Weapon System")), "no node type named 'Weapon System' (types: Actor, WeaponSystem, Place, Statement); did you mean 'WeaponSystem'?"),
        (.edges(EdgeQuestion(kind: "Contry")), "no node kind named 'Contry'; did you mean 'Country'?"),
        (.neighbors("Zzzzzzzz", depth: 1), "no entity named 'Zzzzzzzz'"),
        (.path(from: "Iran", to: "Kyev", limit: 5), "no entity named 'Kyev'; did you mean 'Kyiv'?"),
        (.neighbors("Iran", depth: 0), "--depth must be at least 1, not 0"),
    ]

    @Test(arguments: errors)
    func unknownNamesSuggest(_ question: PlainQuestion, _ message: String) throws {
        let questions = GraphQuestions(try QuestionGraphs.news())
        #expect(throws: QuestionError.self) { try questions.answer(question) }
        do {
            _ = try questions.answer(question)
        } catch {
            #expect("\(error)" == message)
        }
    }
}
