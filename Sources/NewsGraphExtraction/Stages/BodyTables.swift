/// Word tables for national bodies: armed services and ministries.
enum BodyTables {
    /// Folded words after a country that name one of its services → (service key, proper name).
    static let services: [[String]: (key: String, name: String)] = {
        var table: [[String]: (String, String)] = [:]
        let rows: [(String, String, String)] = [
            ("army", "army", "Army"), ("army soldiers", "army", "Army"), ("army troops", "army", "Army"),
            ("troops", "army", "Army"), ("soldiers", "army", "Army"), ("forces", "army", "Army"), ("ground forces", "army", "Army"),
            ("armed forces", "army", "Army"), ("military", "army", "Army"), ("military personnel", "army", "Army"),
            ("defence forces", "army", "Army"), ("defense forces", "army", "Army"),
            ("navy", "navy", "Navy"), ("navies", "navy", "Navy"), ("naval forces", "navy", "Navy"), ("armies", "army", "Army"),
            ("militaries", "army", "Army"), ("air force", "air force", "Air Force"),
            ("air forces", "air force", "Air Force"), ("coast guard", "coast guard", "Coast Guard"),
            ("marines", "marines", "Marines"), ("special forces", "special forces", "Special Forces"),
            ("national guard", "national guard", "National Guard"), ("border guards", "border guard", "Border Guard"),
            ("security forces", "security forces", "Security Forces"),
            ("police", "police", "Police"), ("police forces", "police", "Police"), ("police force", "police", "Police"),
            ("police officers", "police", "Police"),
            ("junta", "junta", "junta"), ("military junta", "junta", "military junta"), ("military regime", "junta", "military regime"),
            ("military government", "junta", "military government"),
        ]
        for (words, key, name) in rows { table[words.split(separator: " ").map(String.init)] = (key, name) }
        return table
    }()

    /// Longest number of words in ``services``.
    static let longestService = 2

    /// Folded words naming a ministry's field → the field's key.
    static let fields: [[String]: String] = {
        var table: [[String]: String] = [:]
        let rows: [(String, String)] = [
            ("defence", "defence"), ("defense", "defence"), ("national defence", "defence"), ("national defense", "defence"),
            ("war", "defence"), ("foreign affairs", "foreign affairs"), ("foreign", "foreign affairs"),
            ("external affairs", "foreign affairs"), ("interior", "interior"), ("internal affairs", "interior"),
            ("home affairs", "interior"), ("finance", "finance"), ("justice", "justice"), ("health", "health"),
            ("economy", "economy"), ("trade", "trade"), ("energy", "energy"), ("information", "information"),
            ("emergency situations", "emergencies"), ("emergencies", "emergencies"), ("intelligence", "intelligence"),
            ("homeland security", "homeland security"), ("state security", "state security"),
        ]
        for (words, key) in rows { table[words.split(separator: " ").map(String.init)] = key }
        return table
    }()

    /// Folded words that name a ministry.
    static let ministryWords: Set<String> = ["ministry", "department", "ministries"]
}
