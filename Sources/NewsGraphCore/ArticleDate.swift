/// Publication dates as ISO 8601 calendar dates (`YYYY-MM-DD`), so that they
/// sort in time order whatever form a page gave them in.
///
///     ArticleDate.iso("2023-10-14T08:30:00Z")          // "2023-10-14"
///     ArticleDate.iso("Sat, 14 Oct 2023 10:00:00 GMT")  // "2023-10-14"
///     ArticleDate.iso("October 14, 2023")              // "2023-10-14"
///     ArticleDate.iso("last week")                     // nil
public enum ArticleDate {
    /// The calendar date `text` names, or nil when it names none plainly:
    /// year first with digits (`2023-10-14`, `2023/10/14`), or a day, a month
    /// name and a year in either order. All-digit dates with the day first
    /// are ambiguous (`03/04/2023`) and give nil.
    public static func iso(_ text: String) -> String? {
        let words = Self.words(text)
        guard !words.isEmpty else { return nil }
        if words.count >= 3, let year = year(words[0]), let month = Int(words[1]), let day = Int(words[2]) {
            return format(year, month, day)
        }
        var year: Int?, month: Int?, day: Int?
        for word in words {
            if month == nil, let named = monthNumber(word) {
                month = named
            } else if year == nil, let found = Self.year(word) {
                year = found
            } else if day == nil, word.count <= 2, let number = Int(word) {
                day = number
            }
        }
        guard let year, let month, let day else { return nil }
        return format(year, month, day)
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func year(_ word: Substring) -> Int? {
        guard word.count == 4, let value = Int(word), (1000...2999).contains(value) else { return nil }
        return value
    }

    /// Runs of ASCII letters and runs of digits (`14Oct2023` gives `14`, `Oct`, `2023`).
    private static func words(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var start: String.Index?
        var startIsDigit = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            let isDigit = c.isASCII && c.isNumber
            let isLetter = c.isASCII && c.isLetter
            if let open = start, !(isDigit && startIsDigit) && !(isLetter && !startIsDigit) {
                out.append(text[open..<index])
                start = nil
            }
            if start == nil && (isDigit || isLetter) {
                start = index
                startIsDigit = isDigit
            }
            index = text.index(after: index)
        }
        if let open = start { out.append(text[open...]) }
        return out
    }

    private static func monthNumber(_ word: Substring) -> Int? {
        guard word.count >= 3, word.first?.isLetter == true else { return nil }
        let prefix = word.prefix(3).lowercased()
        guard let number = months.firstIndex(of: prefix) else { return nil }
        let full = fullMonths[number]
        // "Oct", "Sept" and "October" name a month; "Octopus" does not.
        guard word.count == 3 || full.hasPrefix(word.lowercased()) else { return nil }
        return number + 1
    }

    private static let fullMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    private static let months = fullMonths.map { String($0.prefix(3)) }
}
