import NewsGraphCore

/// Joins a place name to the facility word after it (`Nyala airport`,
/// `Zuwarah Airport`, `Hmeimim air base`, `Sabon Gari military base`): the
/// facility is a place of its own, named in full, not the town it is named
/// after.
///
/// Needs: ``NameFinder``. Replaces the name (and a facility cue) with one place mention.
struct FacilityNameJoiner: ExtractionStage {
    /// Facility words, as folded token sequences.
    static let facilityWords: [[String]] = [
        ["airport"], ["airbase"], ["airfield"], ["air", "base"], ["naval", "base"], ["military", "base"], ["army", "base"],
        ["air", "force", "base"],
    ]

    func run(_ document: inout AnnotatedDocument) {
        for sentence in document.mentions.indices {
            let folded = document.folded[sentence]
            for name in document.mentions[sentence] where joins(name) {
                let start = name.tokens.upperBound
                guard
                    let words = Self.facilityWords.filter({ start + $0.count <= folded.count && Array(folded[start..<start + $0.count]) == $0 })
                        .max(by: { $0.count < $1.count }),
                    // (`Airport` alone may have been taken for a name of its own.)
                    (start..<start + words.count).allSatisfy({ i in
                        document.mention(at: i, in: sentence).map { !$0.isEntity || $0.tokens.upperBound <= start + words.count } ?? true
                    })
                else { continue }
                let range = name.tokens.lowerBound..<start + words.count
                document.replace(with: document.name(sentence, range, .place, "Facility"))
            }
        }
    }

    /// A place's name, a capital's (`Niamey Airport`), or a name of unknown type; not a country.
    private func joins(_ mention: Mention) -> Bool {
        mention.role == .capital || (mention.role == .name && !mention.isCountry && (mention.type == .place || mention.kind == "Unknown"))
    }
}
