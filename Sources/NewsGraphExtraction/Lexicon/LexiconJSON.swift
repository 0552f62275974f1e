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

    static func rows(from bytes: [UInt8], source: String) throws -> [LexiconRow] {
        let items: [Item]
        do {
            items = try JSONDecoder().decode([Item].self, from: Data(bytes))
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
}
