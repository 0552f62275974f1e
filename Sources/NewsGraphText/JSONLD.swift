/// Reads single values out of JSON-LD script text without a JSON parser:
/// enough for `headline`, `datePublished` and the `name` of an `author` or
/// `publisher` object. Malformed JSON gives `nil`, never an error.
enum JSONLD {
    /// How far after a key an object's `name` is looked for, in scalars.
    static let objectWindow = 400

    /// The first string value of `key`, or the `name` inside its object or array.
    ///
    ///     JSONLD.value(of: "author", in: #"{"author": {"@type": "Person", "name": "Jo Lee"}}"#)  // "Jo Lee"
    static func value(of key: String, in json: String) -> String? {
        let s = Array(json.unicodeScalars)
        let needle = Array("\"\(key)\"".unicodeScalars)
        var i = 0
        while let at = find(needle, in: s, from: i) {
            var j = skipSpace(s, from: at + needle.count)
            i = at + needle.count
            guard j < s.count, s[j] == ":" else { continue }
            j = skipSpace(s, from: j + 1)
            guard j < s.count else { return nil }
            if s[j] == "\"" { return string(s, from: j).flatMap { $0.isEmpty ? nil : $0 } }
            if s[j] == "{" || s[j] == "[" {
                let name = Array("\"name\"".unicodeScalars)
                let window = Array(s[j..<min(s.count, j + objectWindow)])
                if let n = find(name, in: window, from: 0) {
                    var k = skipSpace(window, from: n + name.count)
                    guard k < window.count, window[k] == ":" else { continue }
                    k = skipSpace(window, from: k + 1)
                    if k < window.count, window[k] == "\"", let value = string(window, from: k), !value.isEmpty {
                        return value
                    }
                }
            }
        }
        return nil
    }

    static func find(_ needle: [Unicode.Scalar], in s: [Unicode.Scalar], from start: Int) -> Int? {
        guard needle.count <= s.count, start <= s.count - needle.count else { return nil }
        var i = start
        while i <= s.count - needle.count {
            if s[i] == needle[0], s[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static func skipSpace(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count, s[i] == " " || s[i] == "\n" || s[i] == "\t" || s[i] == "\r" { i += 1 }
        return i
    }

    /// The JSON string starting at the quote at `start`, escapes decoded (RFC 8259 §7).
    static func string(_ s: [Unicode.Scalar], from start: Int) -> String? {
        var out = String.UnicodeScalarView()
        var i = start + 1
        while i < s.count {
            let c = s[i]
            if c == "\"" { return Whitespace.collapse(String(out)) }
            if c == "\\", i + 1 < s.count {
                i += 1
                switch s[i] {
                case "n", "r", "t": out.append(" ")
                case "u":
                    let hex = String(String.UnicodeScalarView(s[min(s.count, i + 1)..<min(s.count, i + 5)]))
                    if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { out.append(scalar) }
                    i += 4
                default: out.append(s[i])
                }
            } else {
                out.append(c)
            }
            i += 1
        }
        return nil
    }
}
