/// The limits libxml2 keeps on every document it reads without
/// `XML_PARSE_HUGE`, which NewsGraph never sets: what hostile XML or HTML
/// can cost is bounded, and passing a limit is an error at its place.
public enum XMLLimits {
    /// How deeply elements may nest (libxml2's `xmlParserMaxDepth`).
    public static let maximumDepth = 256
    /// The longest text node or attribute value, in bytes (`XML_MAX_TEXT_LENGTH`).
    public static let maximumTextLength = 10_000_000
    /// The longest element or attribute name, in bytes (`XML_MAX_NAME_LENGTH`).
    public static let maximumNameLength = 50_000

    /// libxml2's message for a passed limit, reworded to say which limit it
    /// is (libxml2 names a parser option the user cannot set); any other
    /// message unchanged.
    ///
    ///     XMLLimits.explain("Excessive depth in document: 256 use XML_PARSE_HUGE option")
    ///     // "elements nest deeper than 256 levels, libxml2's limit for untrusted input"
    static func explain(_ message: String) -> String {
        if message.contains("Excessive depth") {
            return "elements nest deeper than \(maximumDepth) levels, libxml2's limit for untrusted input"
        }
        let lowered = message.lowercased()
        if lowered.contains("huge") || lowered.contains("too long") {
            return "a text or attribute value longer than \(maximumTextLength) bytes, or a name longer than "
                + "\(maximumNameLength), libxml2's limits for untrusted input (libxml2 said: \(withoutAdvice(message)))"
        }
        return message
    }

    /// `message` without libxml2's advice to set `XML_PARSE_HUGE`.
    private static func withoutAdvice(_ message: String) -> Substring {
        guard let range = message.firstRange(of: "use XML_PARSE_HUGE") else { return message[...] }
        var kept = message[..<range.lowerBound]
        while let last = kept.last, last == " " || last == "," { kept = kept.dropLast() }
        return kept
    }
}
