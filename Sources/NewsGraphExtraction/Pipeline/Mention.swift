import NewsGraphCore
import NewsGraphText

/// A span of a sentence that names an entity or is a cue for one.
///
/// Token indices are positions in the sentence's `tokens`; `range` is in
/// Unicode scalars of the document text, half-open.
struct Mention: Sendable, Hashable {
    /// Where the mention was found.
    enum Source: Sendable, Hashable {
        /// A lexicon entry (by index).
        case lexicon(Int)
        /// A name no lexicon knows, typed by its context.
        case pattern
        /// A back-reference or pronoun resolved to an earlier mention.
        case reference
    }

    var sentence: Int
    var tokens: Range<Int>
    var range: Range<Int>
    var text: String
    var type: NodeType
    var kind: String?
    var role: LexiconEntry.Role
    var source: Source
    /// The entity the mention stands for: a key into ``AnnotatedDocument/entities``; empty until resolved.
    var entity: String = ""
    /// The canonical name the mention proposes for its entity.
    var canonical: String
    var attributes: [Attribute] = []
    /// Further surface forms for the entity (a ministry's name with its country).
    var extraAliases: [String] = []

    /// Whether the mention names an entity (not a title or head cue).
    var isEntity: Bool { role != .title && role != .honorific && role != .head && role != .ignore }

    /// Whether the mention is a country, by name, adjective or capital.
    var isCountry: Bool { type == .actor && kind == "Country" }

    /// Whether the mention is the first part of a hyphenated word (`Israeli` in `Israeli-made`); `words` are its sentence's tokens.
    func isPartOfWord(_ words: [Token]) -> Bool { range.upperBound < words[tokens.lowerBound].range.upperBound }

    /// Whether the mention is a company that makes weapons (`Baykar`, `Lockheed Martin`).
    var isArmsMaker: Bool { isKind(of: "arms maker") }
    /// Whether the mention is a news outlet (`Financial Times`).
    var isMedia: Bool { isKind(of: "media") }

    /// Whether the lexicon files the body under `kind` (its `kind_of` attribute).
    private func isKind(of kind: String) -> Bool { attributes.contains { $0.key == "kind_of" && $0.value == kind } }
}
