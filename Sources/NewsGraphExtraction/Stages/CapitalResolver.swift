import NewsGraphCore

/// Decides whether a capital stands for its government (`Washington warned`)
/// or is the city (`talks in Berlin`, `the Warsaw headquarters`): after a
/// place preposition, after `capital`, an attack verb (`shelled Kyiv`) or a visit (`visited Damascus`, `a visit to
/// Cairo`), or
/// before a place noun or owning a part of a city (`Kyiv's civilian
/// infrastructure`) it becomes the city, unless what it owns is the state's
/// (`losses on Kiev's forces`, `in Moscow's war`).
///
/// Needs: ``LexiconTagger``. Changes capital mentions to places where they are places.
struct CapitalResolver: ExtractionStage {
    let lexicon: Lexicon

    static let placePrepositions: Set<String> = ["in", "at", "near", "outside", "around", "against", "across", "inside", "into", "over", "on"]
    static let placeNouns: Set<String> = ["headquarters", "office", "offices", "airport", "residents", "streets", "suburbs", "region", "area", "-based"]
    /// Words that present the name as a city: `the Somali capital Mogadishu`.
    static let cityNouns: Set<String> = ["capital", "city", "town", "port"]
    /// What a capital owns only as its state: `Kiev's forces`, `Washington's allies`.
    static let stateNouns: Set<String> = [
        "forces", "troops", "army", "military", "government", "regime", "allies", "ally", "war", "offensive", "counteroffensive",
        "strikes", "attacks", "invasion", "support", "backing", "aid", "decision", "position", "policy", "request", "demands",
        "envoy", "ambassador", "officials", "leadership", "weapons", "arsenal", "missiles", "drones", "partners", "sanctions",
    ]

    /// What a capital owns only as a city: `Kyiv's civilian infrastructure`, `Kyiv's skies`.
    static let cityParts: Set<String> = [
        "infrastructure", "skies", "sky", "mayor", "outskirts", "centre", "center", "districts", "neighbourhoods",
        "neighborhoods", "buildings", "residents", "streets", "suburbs", "airport", "metro", "subway", "population",
        "citizens", "downtown", "port", "hospitals", "schools", "homes", "power", "grid",
    ]

    func run(_ document: inout AnnotatedDocument) {
        for sentence in document.mentions.indices {
            for (position, mention) in document.mentions[sentence].enumerated() where mention.role == .capital {
                guard isPlace(mention, document) else { continue }
                document.mentions[sentence][position] = city(mention)
            }
            joinHeads(sentence, &document)
        }
    }

    /// Words after a name that make it a region: `Tehran province`.
    static let regionWords: Set<String> = ["province", "region", "governorate", "district", "oblast", "state", "township", "county", "prefecture"]

    /// `Gaza City`, `Tehran province`: a place or capital with a place word after it names a place of its own;
    /// a region with one (`Rakhine State`) is the same region by its full name. The last of a list takes the
    /// word in the plural (`Ilam, Khuzestan and Tehran provinces`), and is named in the singular.
    private func joinHeads(_ sentence: Int, _ document: inout AnnotatedDocument) {
        let tokens = document.tokens(sentence)
        let folded = document.folded[sentence]
        for mention in document.mentions[sentence] where mention.role == .capital || (mention.type == .place && mention.role == .name) {
            let next = mention.tokens.upperBound
            guard next < tokens.count, document.mention(at: next, in: sentence).map({ $0.tokens == next..<(next + 1) }) ?? true else { continue }
            let plural = folded[next].hasSuffix("s") ? String(folded[next].dropLast()) : ""
            let listed = mention.tokens.lowerBound > 0 && ["and", "or"].contains(folded[mention.tokens.lowerBound - 1])
            // `the Zaporizhzhya and Donetsk regions`, `Ilam, Khuzestan and Tehran provinces`: the earlier names of the list
            // are regions too, named in the singular.
            if let end = listEnd(after: mention, in: sentence, document), end < tokens.count,
                case let word = folded[end], word.hasSuffix("s"), Self.regionWords.contains(String(word.dropLast()))
            {
                let name = mention.text + " " + String(tokens[end].text.dropLast())
                document.replace(with: Mention(
                    sentence: sentence, tokens: mention.tokens, range: mention.range, text: name, type: .place, kind: "Region", role: .name,
                    source: .pattern, canonical: name))
                continue
            }
            guard tokens[next].text == "City" || Self.regionWords.contains(folded[next]) || (listed && Self.regionWords.contains(plural)) else { continue }
            let range = mention.tokens.lowerBound..<(next + 1)
            let text = document.text(sentence, range)
            // `Rakhine State` is the region Rakhine by its full name; `Tehran province` is not the city.
            if mention.type == .place, mention.kind == "Region" || mention.kind == "Territory", tokens[next].text != "City" {
                document.replace(with: document.mention(mention, spanning: range))
                continue
            }
            let name = Self.regionWords.contains(plural) ? String(text.dropLast()) : text
            document.replace(with: Mention(
                sentence: sentence, tokens: range, range: document.scalars(sentence, range), text: name, type: .place,
                kind: tokens[next].text == "City" ? "City" : "Region", role: .name, source: .pattern, canonical: name))
        }
    }

    /// Where a list of places that `mention` opens ends: after its last name, joined by commas, `and` or `or`.
    private func listEnd(after mention: Mention, in sentence: Int, _ document: AnnotatedDocument) -> Int? {
        let folded = document.folded[sentence]
        var end = mention.tokens.upperBound
        var items = 1
        while end < folded.count, [",", "and", "or"].contains(folded[end]) {
            var next = end + 1
            if folded[end] == ",", next < folded.count, ["and", "or"].contains(folded[next]) { next += 1 }
            guard let item = document.mention(at: next, in: sentence), item.tokens.lowerBound == next, item.type == .place || item.role == .capital
            else { break }
            end = item.tokens.upperBound
            items += 1
        }
        return items > 1 ? end : nil
    }

    private func isPlace(_ mention: Mention, _ document: AnnotatedDocument) -> Bool {
        let folded = document.folded[mention.sentence]
        let before = mention.tokens.lowerBound > 0 ? folded[mention.tokens.lowerBound - 1] : ""
        let after = mention.tokens.upperBound < folded.count ? folded[mention.tokens.upperBound] : ""
        let end = mention.tokens.upperBound
        if end + 1 < folded.count, document.tokens(mention.sentence)[end].kind == .possessive {
            if Self.stateNouns.contains(folded[end + 1]) { return false }
            if folded[(end + 1)..<min(folded.count, end + 3)].contains(where: Self.cityParts.contains) { return true }
        }
        // `the Kyiv-based institute`
        if mention.tokens.count == 1, folded[mention.tokens.lowerBound].hasSuffix("-based") { return true }
        // `600 kilometres west of Buenos Aires`, `the outskirts of Kyiv`, `the Yemeni capital of Sanaa`, `the Sunan area of Pyongyang`.
        let start = mention.tokens.lowerBound
        if before == "of", start >= 2, CompassPlaceJoiner.directions.contains(folded[start - 2]) || CapitalResolver.cityParts.contains(folded[start - 2])
            || ModifierRules.placeNouns.contains(folded[start - 2])
        {
            return true
        }
        return Self.placePrepositions.contains(before) || Self.placeNouns.contains(after) || Self.cityNouns.contains(before)
            || [.attack, .visit, .arrive].contains(VerbTable.forms[before]) || isVisited(mention, folded) || isListedWithPlaces(mention, document)
            || mention.tokens.lowerBound < ChromeFilter.datelineEnd(document.tokens(mention.sentence))
    }

    /// `in the UAE, Khartoum, and Darfur`: a capital listed next to a region or a city is a city too.
    private func isListedWithPlaces(_ mention: Mention, _ document: AnnotatedDocument) -> Bool {
        let mentions = document.mentions[mention.sentence]
        guard let position = mentions.firstIndex(where: { $0.tokens == mention.tokens }) else { return false }
        let joints: Set<[String]> = [[","], ["and"], [",", "and"], ["or"], [",", "or"]]
        let folded = document.folded[mention.sentence]
        let neighbours = [position > 0 ? (mentions[position - 1], mentions[position - 1].tokens.upperBound..<mention.tokens.lowerBound) : nil,
            position + 1 < mentions.count ? (mentions[position + 1], mention.tokens.upperBound..<mentions[position + 1].tokens.lowerBound) : nil]
        return neighbours.contains { neighbour in
            guard let (other, gap) = neighbour else { return false }
            return other.type == .place && other.role != .capital && joints.contains(Array(folded[gap]))
        }
    }

    /// `a visit to Cairo`, `his trip to Moscow`: the place a journey goes to.
    private func isVisited(_ mention: Mention, _ folded: [String]) -> Bool {
        let start = mention.tokens.lowerBound
        return start >= 2 && folded[start - 1] == "to" && VerbTable.visitNouns.contains(folded[start - 2])
    }

    private func city(_ mention: Mention) -> Mention {
        var city = mention
        // (`Washington` the city of the United States, not the state.)
        let entry = lexicon.entries(for: mention.text).first { $0.type == .place && $0.kind == "City" && $0[attribute: "country"] == mention.canonical }
        city.type = .place
        city.kind = entry?.kind ?? "City"
        city.role = .name
        city.canonical = entry?.canonical ?? mention.text
        city.attributes = entry?.attributes ?? [Attribute(key: "country", value: mention.canonical)]
        return city
    }
}
