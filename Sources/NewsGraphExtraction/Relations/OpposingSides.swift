import NewsGraphCore

/// Two actors that the text shows attacking each other oppose each other
/// (`Israeli jets struck Hamas … Hamas fired rockets at Israel`), read where
/// the second attack is stated. A one-sided attack does not by itself make
/// them opponents.
enum OpposingSides {
    static func facts(from facts: [Fact], entities: [String: Entity]) -> [Fact] {
        var attacks: [String: [String: Fact]] = [:]
        var opposed: Set<[String]> = Set(facts.filter { $0.relation == .opposes }.map { [$0.subject, $0.object].sorted() })
        var found: [Fact] = []
        for fact in facts where fact.relation == .attacks {
            guard entities[fact.subject]?.type == .actor, entities[fact.object]?.type == .actor, fact.subject != fact.object else { continue }
            attacks[fact.subject, default: [:]][fact.object] = attacks[fact.subject]?[fact.object] ?? fact
            let pair = [fact.subject, fact.object].sorted()
            guard attacks[fact.object]?[fact.subject] != nil, opposed.insert(pair).inserted else { continue }
            found.append(Fact(subject: fact.subject, relation: .opposes, object: fact.object, sentence: fact.sentence, range: fact.range))
        }
        return found
    }
}
