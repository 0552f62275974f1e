/// Resolves IRI references against a base IRI (RFC 3986, section 5.2).
///
///     IRIResolver(base: "http://a/b/c/d;p?q").resolve("../g")  // "http://a/b/g"
struct IRIResolver: Sendable {
    /// The base IRI's parts, or nil when there is no base.
    private let base: Parts?

    init(base: String?) {
        self.base = base.map(Parts.init)
    }

    /// A new resolver whose base is `reference` resolved against this one.
    func rebased(_ reference: String) -> IRIResolver {
        IRIResolver(base: resolve(reference))
    }

    /// The target IRI of `reference` (RFC 3986, 5.2.2).
    func resolve(_ reference: String) -> String {
        let ref = Parts(reference)
        if ref.scheme != nil {
            if !reference.utf8.contains(UInt8(ascii: ".")) { return reference }
            var target = ref
            target.path = Self.removeDotSegments(ref.path)
            return target.text
        }
        guard let base else { return reference }
        var target = Parts()
        target.scheme = base.scheme
        target.fragment = ref.fragment
        if ref.authority != nil {
            target.authority = ref.authority
            target.path = Self.removeDotSegments(ref.path)
            target.query = ref.query
            return target.text
        }
        target.authority = base.authority
        if ref.path.isEmpty {
            target.path = base.path
            target.query = ref.query ?? base.query
        } else {
            target.path = Self.removeDotSegments(ref.path.hasPrefix("/") ? ref.path : merge(ref.path))
            target.query = ref.query
        }
        return target.text
    }

    /// Merges a relative path with the base path (RFC 3986, 5.2.3).
    private func merge(_ path: String) -> String {
        guard let base else { return path }
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return String(base.path[...slash]) + path
    }

    /// Removes `.` and `..` segments (RFC 3986, 5.2.4).
    static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if input == "/.." {
                input = "/"
                if !output.isEmpty { output.removeLast() }
            } else if input == "." || input == ".." {
                input = ""
            } else {
                let from = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[from...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }
}

/// The five parts of an IRI reference (RFC 3986, appendix B).
private struct Parts {
    var scheme: String?
    var authority: String?
    var path = ""
    var query: String?
    var fragment: String?

    init() {}

    init(_ text: String) {
        var rest = Substring(text)
        if let colon = rest.firstIndex(of: ":"), Self.isScheme(rest[..<colon]) {
            scheme = String(rest[..<colon])
            rest = rest[rest.index(after: colon)...]
        }
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        if rest.hasPrefix("//") {
            let afterSlashes = rest.dropFirst(2)
            let end = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
            authority = String(afterSlashes[..<end])
            rest = afterSlashes[end...]
        }
        path = String(rest)
    }

    /// `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )` (RFC 3986, 3.1).
    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }
    }

    var text: String {
        var out = ""
        if let scheme { out += scheme + ":" }
        if let authority { out += "//" + authority }
        out += path
        if let query { out += "?" + query }
        if let fragment { out += "#" + fragment }
        return out
    }
}
