import NewsGraphCore

/// Joins a capitalized compass word to the place name after it
/// (`North Darfur`, `East Jerusalem`, `Upper Nile`): one place, not a cue
/// word (`North` for North Korea) beside a second place. A lower-case
/// direction before a country or place (`southern Lebanon`, `north-western
/// Libya`, `eastern DR Congo`) names a region of it; before a province, a city
/// or a sea (`southern Kandahar province`, `the southern Red Sea`) it only
/// says where in it, and the place keeps its name.
///
/// Needs: ``NameFinder``. Replaces the two mentions with one place mention.
struct CompassPlaceJoiner: ExtractionStage {
    /// Capitalized words that form a place name with the place after them.
    static let compassWords: Set<String> = ["North", "South", "East", "West", "Central", "Upper", "Lower"]
    /// Capitalized words that make a natural feature of the name after them, with its kind.
    static let featureWords: [String: String] = ["Lake": "Sea", "Mount": "Region", "Mt.": "Region"]
    /// Lower-case directions that make a region of the country or place after them.
    static let directions: Set<String> = [
        "northern", "southern", "eastern", "western", "central", "north-western", "north-eastern", "south-western",
        "south-eastern", "northwestern", "northeastern", "southwestern", "southeastern", "northwest", "northeast",
        "southwest", "southeast", "north", "south", "east", "west",
    ]

    func run(_ document: inout AnnotatedDocument) {
        for sentence in document.mentions.indices {
            let tokens = document.tokens(sentence)
            for i in tokens.indices.dropLast() where Self.compassWords.contains(tokens[i].text) {
                // `to North Kivu`: a name of unknown type that starts with a compass word is a place.
                if let name = document.mention(at: i, in: sentence), name.tokens.lowerBound == i, name.tokens.count > 1, name.kind == "Unknown" {
                    document.replace(with: joined(sentence, name.tokens, kind: "Unknown", document))
                    continue
                }
                // (`South Lebanon`: with a country's name, the region of the country.)
                guard let place = document.mention(at: i + 1, in: sentence), place.tokens.lowerBound == i + 1, joins(place) || (place.isCountry && place.role == .name),
                    document.mention(at: i, in: sentence).map({ $0.tokens == i..<(i + 1) }) ?? true
                else { continue }
                document.replace(with: joined(sentence, i..<place.tokens.upperBound, kind: place.isCountry ? "Region" : place.kind, document))
            }
            for i in tokens.indices.dropLast() where Self.featureWords[tokens[i].text] != nil {
                if let name = document.mention(at: i, in: sentence), name.tokens.lowerBound == i, name.tokens.count > 1, name.kind == "Unknown" {
                    document.replace(with: joined(sentence, name.tokens, kind: Self.featureWords[tokens[i].text], document))
                    continue
                }
                guard let name = document.mention(at: i + 1, in: sentence), name.tokens.lowerBound == i + 1, name.isEntity,
                    document.mention(at: i, in: sentence).map({ $0.tokens == i..<(i + 1) }) ?? true
                else { continue }
                document.replace(with: joined(sentence, i..<name.tokens.upperBound, kind: Self.featureWords[tokens[i].text], document))
            }
            for i in tokens.indices.dropLast() where Self.directions.contains(tokens[i].text) {
                guard document.mention(at: i, in: sentence) == nil, let place = document.mention(at: i + 1, in: sentence),
                    place.tokens.lowerBound == i + 1, place.type == .place && !isUnit(place, document) || (place.isCountry && place.role == .name)
                else { continue }
                // (The region's country: the country itself, or the place's, and the place it is a part of.)
                var region = joined(sentence, i..<place.tokens.upperBound, kind: "Region", document)
                region.attributes = place.isCountry ? [Attribute(key: "country", value: place.canonical)]
                    : place.attributes.filter { $0.key == "country" } + [Attribute(key: "within", value: place.canonical)]
                document.replace(with: region)
            }
        }
    }

    /// Whether a place has borders of its own that a direction does not make a region of: a city, a sea,
    /// or a unit named with its rank (`Kandahar province`, `Rakhine State`), before or after the name.
    private func isUnit(_ place: Mention, _ document: AnnotatedDocument) -> Bool {
        let folded = document.folded[place.sentence]
        let rank = place.tokens.upperBound < folded.count ? folded[place.tokens.upperBound] : ""
        let last = place.text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return place.kind == "City" || place.kind == "Sea" || [last, rank].contains { CapitalResolver.regionWords.contains($0) }
    }

    /// Whether a mention after a compass word is a place name (or a name of unknown type).
    private func joins(_ mention: Mention) -> Bool {
        mention.role == .name && (mention.type == .place || mention.kind == "Unknown")
    }

    private func joined(_ sentence: Int, _ range: Range<Int>, kind: String?, _ document: AnnotatedDocument) -> Mention {
        document.name(sentence, range, .place, kind == "Unknown" ? "Region" : kind)
    }
}
