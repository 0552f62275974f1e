import NewsGraphCore

/// Who kills members of a body attacks it (`Ten Palestinians were killed in an
/// Israeli airstrike`: Israel kills and attacks Palestinians), stated where the
/// killing is.
enum KillingAttacks {
    static func facts(from facts: [Fact]) -> [Fact] {
        var attacked = Set(facts.filter { $0.relation == .attacks }.map { [$0.subject, $0.object] })
        return facts.filter { $0.relation == .kills }.compactMap { killing in
            guard attacked.insert([killing.subject, killing.object]).inserted else { return nil }
            return Fact(subject: killing.subject, relation: .attacks, object: killing.object, sentence: killing.sentence, range: killing.range)
        }
    }
}
