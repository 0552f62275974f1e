import Foundation
import NewsGraphCore
import NewsGraphText

/// Turns input files into documents, one at a time, with unique article ids.
///
/// A `.jsonl` file holds one article per line: an object with `text` (or
/// `body`) and optionally `id`, `title`, `url`, `publisher`, `author`, `date`.
/// Any other file is one article, plain text or a saved web page.
struct ArticleInputs {
    private var usedIDs: Set<String> = []
    private let reader = DocumentReader()

    /// Calls `body` with each document in `path`, releasing each before the next.
    mutating func forEachDocument(in path: String, _ body: (Document) throws -> Void) throws {
        let bytes = try InputFile.read(path)
        if path.lowercased().hasSuffix(".jsonl") {
            try forEachLine(of: bytes, path: path, body)
        } else {
            try body(reader.readChecked(bytes: bytes, source: path, id: uniqueID(DocumentReader.articleID(for: path))))
        }
    }

    private mutating func forEachLine(of bytes: [UInt8], path: String, _ body: (Document) throws -> Void) throws {
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            let object: [String: Any]
            do {
                guard let parsed = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                    throw CLIError("not a JSON object")
                }
                object = parsed
            } catch {
                throw CLIError("\(path):\(lineNumber): each line of a .jsonl file must be a JSON object with a \"text\" field (\(error))")
            }
            guard let text = (object["text"] ?? object["body"]) as? String else {
                throw CLIError("\(path):\(lineNumber): the object has no \"text\" string; give the article body as \"text\"")
            }
            let name = (object["id"] as? String) ?? "\(path.split(separator: "/").last ?? "")-\(lineNumber)"
            let id = uniqueID("article." + Identifier.slug(name))
            var document = reader.read(bytes: Array(text.utf8), source: "\(path):\(lineNumber)", id: id)
            document.article.title = object["title"] as? String ?? document.article.title
            document.article.url = object["url"] as? String
            document.article.publisher = object["publisher"] as? String
            document.article.author = object["author"] as? String
            document.article.date = object["date"] as? String
            try body(document)
        }
    }

    /// `id`, or `id-2`, `id-3`, ... when an earlier article took it.
    private mutating func uniqueID(_ id: String) -> String {
        var candidate = id
        var counter = 1
        while usedIDs.contains(candidate) {
            counter += 1
            candidate = "\(id)-\(counter)"
        }
        usedIDs.insert(candidate)
        return candidate
    }
}
