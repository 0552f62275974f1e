/// The vocabulary of site chrome: words that mark a line as navigation,
/// sharing, promotion or footer rather than article text. Lower case.
enum ChromePatterns {
    /// Lines that are chrome when they are exactly one of these (ignoring
    /// case and trailing punctuation).
    static let wholeLines: Set<String> = [
        "advertisement", "advertising", "advert", "adverts", "ad", "ads", "this slideshow requires javascript",
        "javascript is disabled", "enable javascript", "photo", "video", "play video", "watch video", "sponsored", "sponsored content", "share", "share this", "share this article",
        "share this story", "share on facebook", "share on twitter", "tweet", "email", "print", "comments",
        "continue reading", "continue reading below", "skip to content", "skip to main content", "follow us",
        "subscribe", "sign up", "sign in", "log in", "listen to this article", "image caption", "media caption",
        "getty images", "related topics", "related", "related stories", "related articles", "more on this story",
        "top stories", "most read", "most popular", "editor's choice", "editor’s choice", "recommended",
        "you may also like", "trending", "trending now", "latest news", "read next", "up next", "watch",
        "story continues below advertisement", "article continues below", "loading", "close", "menu", "home",
        "newsletter", "back to top",
    ]

    /// Line openings that introduce a link to another page; the line is
    /// chrome when one is followed by `:`, `|`, `»`, a dash or the line end.
    static let linkIntroductions: [String] = [
        "read more", "read also", "also read", "see also", "related", "more", "recommended", "watch",
        "listen", "click here", "sign up", "subscribe", "read the full story", "read full story", "full story",
        "read next", "more from", "more on this",
    ]

    /// Openings of credit lines (`By Jane Doe`, `Reporting by ...`).
    static let creditOpenings: [String] = [
        "by", "by:", "written by", "words by", "story by", "text by", "reporting by", "additional reporting by",
        "editing by", "writing by", "compiled by", "reported by",
    ]

    /// Phrases found in page footers; a line holding one is chrome, and so
    /// are the short lines that follow it (app and mirror links).
    static let footerMarkers: [String] = [
        "can also be accessed at", "alternate address", "all rights reserved", "©", "copyright (c)",
        "follow us on", "download our app", "download the app", "get our app", "subscribe to our newsletter",
        "sign up for our newsletter", "terms of use", "terms of service", "privacy policy", "cookie policy",
    ]

    /// Separators of breadcrumb trails (`News / Palestine / Military`).
    static let crumbSeparators: Set<Unicode.Scalar> = ["/", ">", "»", "›", "|", "•", "·", "→"]
}
