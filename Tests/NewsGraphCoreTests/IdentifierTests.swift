import NewsGraphCore
import Testing

@Suite struct IdentifierTests {
    @Test(arguments: [
        ("United States", NodeType.actor, "actor.united-states"),
        ("Władysław Kosiniak-Kamysz", .actor, "actor.wladyslaw-kosiniak-kamysz"),
        ("USS Gerald R. Ford", .weaponSystem, "weapon.uss-gerald-r-ford"),
        ("  Gaza   Strip ", .place, "place.gaza-strip"),
        ("Київ", .place, "place.u41a-u438-u457-u432"),
        ("!!!", .actor, "actor.x"),
    ])
    func makesReadableIDs(name: String, type: NodeType, id: String) {
        #expect(Identifier.make(type, name) == id)
        #expect(Identifier.isValid(id))
    }

    @Test(arguments: ["a b", "a/b", "a:b", "", "ä", "n<1>"])
    func sanitizeMakesValidIDs(raw: String) {
        let id = Identifier.sanitize(raw)
        #expect(Identifier.isValid(id))
        #expect(!id.contains(":"))
    }

    @Test func sanitizeKeepsValidIDsAndSeparatesDistinctOnes() {
        #expect(Identifier.sanitize("actor.x") == "actor.x")
        #expect(Identifier.sanitize("a b") != Identifier.sanitize("a/b"))
    }
}
