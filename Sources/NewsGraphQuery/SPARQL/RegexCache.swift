import Foundation

/// Compiled regular expressions for REGEX and REPLACE, by pattern and flags.
final class RegexCache {
    private var compiled: [String: NSRegularExpression?] = [:]

    /// The expression for an XPath pattern with flags `i`, `s`, `m`, `x`, `q`; nil if invalid.
    func regex(_ pattern: String, flags: String) -> NSRegularExpression? {
        let key = flags + "\u{0}" + pattern
        if let cached = compiled[key] { return cached }
        var options: NSRegularExpression.Options = []
        var source = pattern
        for flag in flags {
            switch flag {
            case "i": options.insert(.caseInsensitive)
            case "s": options.insert(.dotMatchesLineSeparators)
            case "m": options.insert(.anchorsMatchLines)
            case "x": options.insert(.allowCommentsAndWhitespace)
            case "q": source = NSRegularExpression.escapedPattern(for: pattern)
            default:
                compiled[key] = .some(nil)
                return nil
            }
        }
        let regex = try? NSRegularExpression(pattern: source, options: options)
        compiled[key] = .some(regex)
        return regex
    }

    /// Whether `text` has a match.
    func matches(_ text: String, _ pattern: String, flags: String) -> Bool? {
        guard let regex = regex(pattern, flags: flags) else { return nil }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `text` with every match replaced by `template` (`$1` for groups).
    func replace(_ text: String, _ pattern: String, _ template: String, flags: String) -> String? {
        guard let regex = regex(pattern, flags: flags) else { return nil }
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}
