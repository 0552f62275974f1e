import NewsGraphCore

/// What a GraphML file says about one node or edge, collected while reading.
struct GraphMLItem {
    enum Element {
        case node, edge
    }

    let element: Element
    /// The `id` attribute, as written.
    let rawID: String?
    let source: String?
    let target: String?
    /// Where the element starts.
    let line: Int
    var label: String?
    var type: String?
    var kind: String?
    var aliases: [String]?
    var text: String?
    var date: String?
    var attributes: [Attribute] = []
    var relation: String?
    var edgeLabel: String?
    var article: String?
    var sentence: Int?
    var charStart: Int?
    var charEnd: Int?
    var evidence: String?
    var moreProvenance: [Provenance] = []
    var support = Support.none

    init(_ element: Element, rawID: String?, source: String? = nil, target: String? = nil, line: Int) {
        self.element = element
        self.rawID = rawID
        self.source = source
        self.target = target
        self.line = line
    }

    /// Whether a value for `field` was read.
    func has(_ field: GraphMLKey.Field) -> Bool {
        switch field {
        case .label: label != nil
        case .type: type != nil
        case .kind: kind != nil
        case .aliases: aliases != nil
        case .text: text != nil
        case .date: date != nil
        case .attribute(let key): attributes.contains { $0.key == key }
        case .relation: relation != nil
        case .edgeLabel: edgeLabel != nil
        case .article: article != nil
        case .sentence: sentence != nil
        case .charStart: charStart != nil
        case .charEnd: charEnd != nil
        case .evidence: evidence != nil
        case .moreProvenance: !moreProvenance.isEmpty
        case .articles: true
        case .mentions: support.mentions > 0
        case .articleCount: support.articles > 0
        case .firstDate: support.firstDate != nil
        case .lastDate: support.lastDate != nil
        }
    }

    /// Stores `value` for `field`; nil when it is fine, else what is wrong with it.
    ///
    /// An empty kind, text, date or attribute is none (igraph writes `""` for
    /// every missing value; ``GraphMLWriter`` never writes empty ones).
    mutating func set(_ field: GraphMLKey.Field, _ value: String) -> String? {
        switch field {
        case .kind, .text, .date, .attribute, .firstDate, .lastDate: if value.isEmpty { return nil }
        default: break
        }
        switch field {
        case .label: label = value
        case .type: type = value
        case .kind: kind = value
        case .aliases: aliases = GraphMLDecode.aliases(value)
        case .text: text = value
        case .date: date = value
        case .attribute(let key): attributes.append(Attribute(key: key, value: value))
        case .relation: relation = value
        case .edgeLabel: edgeLabel = value
        case .article: article = value
        case .evidence: evidence = value
        case .sentence, .charStart, .charEnd, .mentions, .articleCount: return setInteger(field, value)
        case .firstDate: support.firstDate = value
        case .lastDate: support.lastDate = value
        case .moreProvenance:
            guard let records = GraphMLDecode.provenance(value) else {
                return "more_provenance is not a JSON list of provenance objects, each with an article"
            }
            moreProvenance = records
        case .articles: break
        }
        return nil
    }

    private mutating func setInteger(_ field: GraphMLKey.Field, _ value: String) -> String? {
        guard let number = GraphMLDecode.integer(value) else { return "'\(value)' is not an integer" }
        switch field {
        case .sentence: sentence = number
        case .charStart: charStart = number
        case .mentions: support.mentions = number
        case .articleCount: support.articles = number
        default: charEnd = number
        }
        return nil
    }

    /// The provenance records: the first from the flat fields (when an article
    /// is named: igraph writes an empty string where there is none), then the rest.
    var provenance: [Provenance] {
        guard let article, !article.isEmpty else { return moreProvenance }
        let first = Provenance(
            article: article, sentence: sentence ?? 0, start: charStart ?? 0, end: charEnd ?? 0, evidence: evidence ?? "")
        return [first] + moreProvenance
    }
}
