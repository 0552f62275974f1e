import NewsGraphCore

/// What lies in a direction's part of a country or place lies in it too
/// (`a village in the Donetsk region in eastern Ukraine`: the region is part
/// of eastern Ukraine and of Ukraine; `the M23 rebels in eastern DR Congo` are
/// in both; `Jenin, a northern West Bank city`, is in the West Bank), where
/// the article names the country or place as an entity of its own.
enum DirectionalRegions {
    static func facts(from facts: [Fact], entities: [String: Entity]) -> [Fact] {
        var found: [Fact] = []
        var seen = Set(facts.map { [$0.subject, $0.relation.rawValue, $0.object] })
        for fact in facts where fact.relation == .partOf || fact.relation == .locatedIn {
            guard let region = entities[fact.object], isDirectional(region) else { continue }
            // The place the direction is of, or else its country.
            let within = region.attributes.filter { $0.key == "within" }.map { Entity.key(.place, $0.value) }
            let country = region.attributes.filter { $0.key == "country" }.flatMap { [Entity.key(.actor, $0.value), Entity.key(.place, $0.value)] }
            let candidates = within + country
            guard let key = candidates.first(where: { entities[$0] != nil }), key != fact.subject,
                seen.insert([fact.subject, fact.relation.rawValue, key]).inserted
            else { continue }
            found.append(Fact(subject: fact.subject, relation: fact.relation, object: key, sentence: fact.sentence, range: fact.range))
        }
        return found
    }

    /// Whether a place is named by a lower-case direction and a country or place (`eastern Ukraine`).
    private static func isDirectional(_ place: Entity) -> Bool {
        place.type == .place && place.label.split(separator: " ").first.map { CompassPlaceJoiner.directions.contains(String($0)) } ?? false
    }
}
