/// Assembles the body text from a page or from plain text.
enum Body {
    /// The headline, then the paragraphs without chrome, separated by blank lines.
    static func fromPage(_ page: PageContent) -> String {
        var lines: [String] = []
        for paragraph in page.paragraphs {
            lines.append(paragraph)
            lines.append("")
        }
        var kept = ChromeFilter().clean(lines).filter { !$0.isEmpty }
        if let headline = page.headline, !headline.isEmpty, kept.first != headline { kept.insert(headline, at: 0) }
        return kept.joined(separator: "\n\n")
    }

    /// Plain text with each line's white space collapsed, chrome lines
    /// dropped, runs of blank lines made one; the first line is the title
    /// when a blank line follows it and it does not end like a sentence.
    static func fromPlainText(_ decoded: String) -> (text: String, title: String?) {
        let lines = Whitespace.lines(decoded)
        let kept = ChromeFilter().clean(lines)
        var out: [String] = []
        out.reserveCapacity(kept.count)
        for line in kept where !(line.isEmpty && (out.last?.isEmpty ?? true)) { out.append(line) }
        while out.last?.isEmpty == true { out.removeLast() }
        let title = out.count > 2 && out[1].isEmpty && !LineShape(out[0]).isSentence ? out[0] : nil
        return (out.joined(separator: "\n"), title)
    }
}
