/// Drops site chrome from the lines of a body: breadcrumb trails, bylines
/// and credit lines, "Read more" links, share buttons, footers and the
/// lines after them; strips a dateline (`BERLIN, Oct 9 - `) from the start
/// of the first paragraphs.
///
/// The rules look at the shape of a line (separators, capitalization, length,
/// closing punctuation) and at a small vocabulary of chrome words
/// (``ChromePatterns``); each rule reads at most a bounded prefix of a line,
/// so a huge line costs linear time.
///
///     ChromeFilter().clean(["Home / World / Europe", "", "BERLIN, Oct 9 - Germany sent tanks."])
///     // ["", "Germany sent tanks."]
struct ChromeFilter: Sendable {
    /// How many leading non-empty lines may carry a dateline.
    static let datelineLines = 3

    /// The lines without chrome; empty lines are kept as paragraph breaks.
    func clean(_ lines: [String]) -> [String] {
        filter(truncatedAtSectionEnd(lines))
    }

    /// The lines before a heading such as "Related stories" or "Comments",
    /// when less text follows the heading than precedes it.
    func truncatedAtSectionEnd(_ lines: [String]) -> [String] {
        var total = 0
        for line in lines { total += line.utf8.count }
        var before = 0
        for (index, line) in lines.enumerated() {
            let after = total - before - line.utf8.count
            if before > 0, line.utf8.count <= 60, after < before,
                ChromePatterns.sectionEnds.contains(LineShape(line).key)
            {
                return Array(lines[..<index])
            }
            before += line.utf8.count
        }
        return lines
    }

    private func filter(_ lines: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var inFooter = false
        var seen = 0
        for line in lines {
            if line.isEmpty {
                out.append(line)
                continue
            }
            let shape = LineShape(line)
            if inFooter, !shape.isSentence || isFooter(shape) { continue }
            inFooter = false
            if isFooter(shape) {
                inFooter = true
                continue
            }
            if isChrome(shape) { continue }
            seen += 1
            out.append(seen <= Self.datelineLines ? Dateline.strip(line) : line)
        }
        return out
    }

    /// Whether a line is a breadcrumb trail, credit, link or share button.
    func isChrome(_ shape: LineShape) -> Bool {
        isWholeLineChrome(shape) || isBreadcrumb(shape) || isCredit(shape) || isLinkIntroduction(shape)
            || isPrompt(shape) || isDateOnly(shape)
    }

    /// `Subscribe to our newsletter`, `Follow her on Twitter @...`, `Reach him at jo@example.com`, `3 min read`.
    func isPrompt(_ shape: LineShape) -> Bool {
        guard shape.words <= 40 else { return false }
        if ChromePatterns.prompts.occurs(in: shape.headBytes) { return true }
        if shape.words <= 12 || shape.contains("@"), shape.contains("follow"),
            ChromePatterns.networks.occurs(in: shape.headBytes)
        {
            return true
        }
        return shape.words <= 30 && shape.hasEmailAddress
    }

    /// A line that is only a date or time: numbers, month and day names,
    /// `am`, `GMT`, `Updated`, with at least a month or day name, a clock
    /// time (`05:47`) or a numeric date (`2018-09-16`, `18.11.2019`).
    func isDateOnly(_ shape: LineShape) -> Bool {
        guard shape.words <= 10 else { return false }
        var isDate = false
        for token in shape.head.split(separator: " ") {
            let word = token.drop { $0 == "(" || $0 == "|" }.trimmingSuffix(",").trimmingSuffix(":").trimmingSuffix(")").trimmingSuffix(".")
            if word.isEmpty || word == "|" || word == "-" || word == "–" || word == "—" || word == "/" { continue }
            if ChromePatterns.dateWords.contains(String(word)) {
                isDate = isDate || ChromePatterns.calendarWords.contains(String(word))
                continue
            }
            let number = Self.withoutOrdinalSuffix(word)
            guard number.allSatisfy({ $0.isNumber || ":/.-".contains($0) }), number.first?.isNumber == true else {
                return false
            }
            let separators = number.filter { !$0.isNumber }
            if separators.contains(":") || separators.count >= 2 { isDate = true }
        }
        return isDate
    }

    /// `18th` → `18`; other words unchanged.
    static func withoutOrdinalSuffix(_ word: Substring) -> Substring {
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) && word.dropLast(2).last?.isNumber == true {
            return word.dropLast(2)
        }
        return word
    }

    func isWholeLineChrome(_ shape: LineShape) -> Bool {
        shape.words <= 6 && ChromePatterns.wholeLines.contains(shape.key)
    }

    /// Three or more short segments between spaced separators, or two after
    /// an arrow (`Home › World`), with no sentence punctuation.
    func isBreadcrumb(_ shape: LineShape) -> Bool {
        guard shape.words <= 16, !shape.isSentence else { return false }
        let parts = shape.crumbs
        guard parts.segments >= 3 || (parts.segments == 2 && parts.arrow) else { return false }
        return parts.longestSegment <= 5
    }

    /// `By Jane Doe`, `By: J. Doe | Oct 9`, `Reporting by ...; Editing by ...`.
    func isCredit(_ shape: LineShape) -> Bool {
        guard let opening = ChromePatterns.creditOpenings.first(where: shape.opens) else { return false }
        if opening != "by" && opening != "by:" { return shape.words <= 30 }
        guard shape.words <= 14 else { return false }
        // A sentence such as "By Sunday Russia and Ukraine had agreed." needs a clearer majority of names.
        let share = shape.capitalizedShare(after: opening)
        return shape.isSentence && shape.words > 5 ? share >= 0.8 : share >= 0.5
    }

    /// `Read more: ...`, `RELATED | ...`, `Watch - ...`.
    func isLinkIntroduction(_ shape: LineShape) -> Bool {
        guard shape.words <= 25 else { return false }
        return ChromePatterns.linkIntroductions.contains { shape.opens($0) && shape.isFollowedByMarker($0) }
    }

    func isFooter(_ shape: LineShape) -> Bool {
        shape.words <= 30 && ChromePatterns.footers.occurs(in: shape.headBytes)
    }
}
