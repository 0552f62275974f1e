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
        "newsletter", "back to top", "caption", "image", "photo", "photos", "credit", "like this", "like loading",
        "previous post", "next post", "previous article", "next article", "trending news", "sponsored links",
        "leave a comment", "leave a reply", "view comments", "show comments", "open in app",
    ]

    /// Headings that end an article: what follows them is other stories,
    /// comments or tags (matched as whole lines, ignoring case and trailing punctuation).
    static let sectionEnds: Set<String> = [
        "related", "related links", "related stories", "related articles", "related posts", "related content",
        "related news", "related coverage", "related topics", "more stories", "more news", "you may also like",
        "you might also like", "you may be interested in", "recommended", "recommended for you", "recommended stories",
        "read more", "read next", "read also", "also read", "see also", "comments", "leave a comment", "leave a reply",
        "most popular", "most read", "popular", "popular stories", "trending", "trending now", "more on this story",
        "top stories", "latest news", "other news", "around the web", "from the web", "tags", "share this",
        "share this article", "about the author", "more from this section", "what to read next", "keep reading",
    ]

    /// Phrases of promotion and reader prompts; a line of at most 40 words holding one is chrome.
    static let promptPhrases: [String] = [
        "subscribe to our", "sign up for our", "sign up to our", "to our newsletter", "our newsletters", "follow us",
        "share it with", "share this story", "click here", "download our app", "get the latest", "delivered to your inbox",
        "right in your inbox", "min read", "minute read", "reading time", "requires javascript", "enable javascript",
        "support our journalism", "your inbox", "contributed to this report", "contributed reporting",
        "contributed to this story", "contributed to this article",
    ]

    static let prompts = PhraseSet(promptPhrases)
    static let footers = PhraseSet(footerMarkers)
    static let networks = PhraseSet(socialNetworks)

    /// Social networks; a short line that asks to follow someone on one is chrome.
    static let socialNetworks: [String] = ["twitter", "facebook", "instagram", "linkedin", "tiktok", "youtube", "telegram"]

    /// Month and day names and clock words: one of them makes a line of numbers a date.
    static let calendarWords: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "mon",
        "monday", "tue", "tuesday", "wed", "wednesday", "thu", "thursday", "fri", "friday", "sat", "saturday", "sun",
        "sunday", "am", "pm", "a.m", "p.m",
    ]

    /// Words that may make up a line that is only a date or time (`Nov. 20, 2019 05:47 GMT`).
    static let dateWords: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "mon",
        "monday", "tue", "tuesday", "wed", "wednesday", "thu", "thursday", "fri", "friday", "sat", "saturday", "sun",
        "sunday", "am", "pm", "a.m", "p.m", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "cest",
        "updated", "published", "posted", "last", "on", "at", "of", "the", "st", "nd", "rd", "th", "ago", "hours",
        "hour", "minutes", "days", "day", "first", "by",
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
        "editing by", "writing by", "compiled by", "reported by", "contributing", "contributing:",
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
