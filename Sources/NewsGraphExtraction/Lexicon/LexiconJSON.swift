import Foundation

/// Reads lexicon entries from a JSON array of objects.
///
///     [{"canonical": "NASAMS", "type": "WeaponSystem", "kind": "AirDefense", "role": "name",
///       "aliases": ["NASAMS batteries"], "attributes": {"maker": "Kongsberg", "origin": "Norway"}}]
enum LexiconJSON {
    private struct Item: Decodable {
        var canonical: String
        var type: String
        var kind: String?
        var role: String?
        var aliases: [String]?
        var attributes: [String: String]?
    }

    /// The rows of the entries; errors name the entry (as their line) and the
    /// member, or for malformed JSON the place Foundation's parser gives
    /// (which refuses nesting deeper than 512 levels).
    static func rows(from bytes: [UInt8], source: String) throws -> [LexiconRow] {
        let items: [Item]
        do {
            items = try JSONDecoder().decode([Item].self, from: Data(bytes))
        } catch let error as DecodingError {
            let (entry, message) = describe(error, bytes: bytes)
            throw LexiconError(source: source, line: entry, message: message)
        } catch {
            throw LexiconError(source: source, line: 0, message: "not a JSON array of lexicon entries (\(error))")
        }
        return try items.enumerated().map { offset, item in
            let attributes = (item.attributes ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            let columns = [
                item.canonical, item.type, item.kind ?? "", item.role ?? "name", (item.aliases ?? []).joined(separator: "|"),
                attributes.joined(separator: ";"),
            ]
            return try LexiconRow.make(columns, source: source, line: offset + 1)
        }
    }

    /// The entry (from 1; 0 for the whole file) and what is wrong there.
    static func describe(_ error: DecodingError, bytes: [UInt8]) -> (entry: Int, message: String) {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c): context = c
        @unknown default: return (0, "not a JSON array of lexicon entries (\(error))")
        }
        guard let first = context.codingPath.first, let index = first.intValue else {
            // JSONDecoder drops the place of a syntax error; JSONSerialization gives it.
            do {
                _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            } catch {
                let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? context.debugDescription
                return (0, "not valid JSON: \(detail)")
            }
            return (0, "not a JSON array of lexicon entries: \(context.debugDescription)")
        }
        let member = context.codingPath.dropFirst().map { $0.intValue.map { "[\($0)]" } ?? "\"\($0.stringValue)\"" }
        let place = member.isEmpty ? "" : member.joined(separator: " ") + ": "
        return (index + 1, "entry \(index + 1): \(place)\(context.debugDescription)")
    }
}
