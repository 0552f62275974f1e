import Foundation
import NewsGraphCore

/// One line of a JSON Lines corpus: an object with the article's `text` (or
/// `body`), or its raw bytes as `base64` (read exactly as a file would be),
/// and optionally `id`, `source`, `title`, `url`, `publisher`, `author`, `date`.
///
///     {"id": "wire/1", "title": "Drones", "text": "Russia launched drones at Kyiv."}
enum JSONLinesArticle {
    static let fieldNames = ["title", "url", "publisher", "author", "date"]

    /// The article of line `number` of `path`.
    ///
    /// - Returns: the article, or what is wrong with the line.
    static func parse(_ line: [UInt8], path: String, number: Int) -> Result<RawArticle, CLIError> {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                return .failure(CLIError("not a JSON object"))
            }
            object = parsed
        } catch {
            return .failure(CLIError("not valid JSON (\(error.localizedDescription))"))
        }
        let bytes: [UInt8]
        if let text = (object["text"] ?? object["body"]) as? String {
            bytes = Array(text.utf8)
        } else if let encoded = object["base64"] as? String {
            guard let data = Data(base64Encoded: encoded) else { return .failure(CLIError("\"base64\" is not valid base64")) }
            bytes = Array(data)
        } else {
            return .failure(CLIError("the object has no \"text\" string; give the article body as \"text\""))
        }
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let name = (object["id"] as? String) ?? "\(fileName)-\(number)"
        var article = RawArticle(
            id: "article." + Identifier.slug(name), source: (object["source"] as? String) ?? "\(path):\(number)",
            bytes: bytes, inputBytes: line.count + 1)
        for key in fieldNames { if let value = object[key] as? String { article.fields[key] = value } }
        return .success(article)
    }
}
