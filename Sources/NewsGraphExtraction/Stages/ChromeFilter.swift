import NewsGraphText

/// Marks sentences that are not article text: navigation trails, "Read more"
/// lines, site notices; and drops datelines ("BERLIN, Oct 9 -") from the
/// start of a sentence.
///
/// Needs: the document. Adds: ``AnnotatedDocument/skipped`` and ``datelineEnd``.
struct ChromeFilter: ExtractionStage {
    /// Words that open lines which are links or notices, not text.
    static let noticeOpeners: Set<String> = ["read more", "related", "follow us", "share this", "sign up", "subscribe", "advertisement", "copyright", "all rights reserved", "watch"]
    /// Phrases that only occur in site notices.
    static let noticePhrases: [String] = ["can also be accessed", "cookies", "all rights reserved", "follow us on"]
    /// Words that make a line that names a newsletter a call to subscribe (`Sign up for our newsletter`), not a
    /// report (`according to its newsletter Al-Naba`).
    static let newsletterCalls: Set<String> = ["sign", "subscribe", "subscribed", "our", "email", "inbox", "free"]

    func run(_ document: inout AnnotatedDocument) {
        for sentence in document.document.sentences {
            let folded = document.folded[sentence.index]
            if isNavigation(sentence.tokens) || isNotice(folded) { document.skipped.insert(sentence.index) }
        }
    }

    /// A trail of short items joined by `/`, `|` or `>`.
    private func isNavigation(_ tokens: [Token]) -> Bool {
        let separators = tokens.filter { $0.text == "/" || $0.text == "|" || $0.text == ">" || $0.text == "»" }.count
        return separators >= 2 && tokens.count <= separators * 5
    }

    /// Words without which a line cannot be a notice; checked first, as joining the line costs more.
    static let noticeWords: Set<String> = ["read", "related", "follow", "share", "sign", "subscribe", "advertisement", "copyright", "rights", "watch", "accessed", "cookies", "newsletter"]

    private func isNotice(_ folded: [String]) -> Bool {
        guard folded.contains(where: { Self.noticeWords.contains($0) }) else { return false }
        let line = folded.joined(separator: " ")
        if Self.noticeOpeners.contains(where: { line.hasPrefix($0 + " :") || line.hasPrefix($0 + ":") || line == $0 }) { return true }
        if folded.contains(where: { $0.hasPrefix("newsletter") }), folded.contains(where: { Self.newsletterCalls.contains($0) }) { return true }
        return Self.noticePhrases.contains { line.contains($0) }
    }

    /// The number of leading tokens of a sentence that form a dateline
    /// (`BERLIN, Oct 9 -`, `WARSAW (Reuters) —`): an all-capitals place, then
    /// up to six tokens, then a dash.
    static func datelineEnd(_ tokens: [Token]) -> Int {
        guard let first = tokens.first, first.isAllCaps, first.text.unicodeScalars.count > 2 else { return 0 }
        for i in 1..<min(tokens.count, 8) where ["-", "—", "–", "--"].contains(tokens[i].text) {
            return i + 1
        }
        return 0
    }
}
