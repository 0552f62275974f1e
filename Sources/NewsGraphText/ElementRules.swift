import LibXML

/// What the page reader knows about HTML elements: which never hold article
/// text, which start a new block, and which class and id words mark
/// boilerplate or content.
enum ElementRules {
    /// Elements whose whole content is dropped.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
        "audio", "source", "picture", "img", "button", "input", "select", "option", "textarea", "label", "nav",
        "aside", "footer", "head", "title", "meta", "link", "figcaption", "dialog", "menu", "map", "form-field",
    ]

    /// Elements that break the text into separate blocks.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "figure", "address", "center", "form", "fieldset", "details", "summary", "hr", "br", "body", "html", "hgroup",
    ]

    /// Class or id words (whole words of the attribute, split at non-letters)
    /// that mark boilerplate.
    static let negativeWords: Set<String> = [
        "ad", "ads", "adv", "advert", "advertisement", "advertising", "banner", "breadcrumb", "breadcrumbs",
        "byline", "comment", "comments", "consent", "cookie", "cookies", "disqus", "footer", "gdpr", "masthead",
        "menu", "modal", "nav", "navbar", "navigation", "newsletter", "outbrain", "overlay", "paywall", "popup",
        "promo", "related", "share", "sharing", "sidebar", "signup", "social", "sponsor", "sponsored", "subscribe",
        "subscription", "taboola", "tags", "toolbar", "trending", "widget", "recommended", "recirc", "skip",
        "author", "caption", "credit", "dateline", "timestamp", "meta", "tools", "print", "login", "hidden",
        "promotion", "teaser", "more", "popular", "header", "topics", "rail",
    ]

    /// Boilerplate words that win over content words (`comment-body` is a comment).
    static let strongNegativeWords: Set<String> = [
        "comment", "comments", "related", "cookie", "cookies", "consent", "gdpr", "newsletter", "share", "sharing",
        "social", "taboola", "outbrain", "sidebar", "footer", "breadcrumb", "breadcrumbs", "popup", "modal",
        "paywall", "subscribe", "subscription", "disqus", "recommended", "recirc", "trending", "promo", "sponsored",
    ]

    /// Class or id words that mark the article body.
    static let positiveWords: Set<String> = [
        "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "articlebody",
        "storybody", "postbody", "prose", "rich",
    ]

    /// The words of an element's class and id, lower-cased, split at anything but letters and digits.
    static func classWords(_ node: HTMLNode) -> [Substring] {
        let value = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        return value.split { !($0.isLetter || $0.isNumber) }
    }

    /// -1 per boilerplate word and +1 per content word in class and id,
    /// with +2 for `itemprop="articleBody"`.
    static func classWeight(_ node: HTMLNode) -> Int {
        var weight = 0
        for word in classWords(node) {
            if negativeWords.contains(String(word)) { weight -= 1 }
            if positiveWords.contains(String(word)) { weight += 1 }
        }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { weight += 2 }
        return weight
    }

    /// Whether the element is hidden from readers: `hidden`, `aria-hidden`,
    /// or `display:none`/`visibility:hidden` in its style.
    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        guard let style = node.attribute("style")?.lowercased().filter({ $0 != " " }) else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// Whether a role marks navigation or page furniture.
    static func hasChromeRole(_ node: HTMLNode) -> Bool {
        guard let role = node.attribute("role")?.lowercased() else { return false }
        return ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar",
                "search", "toolbar"].contains(role)
    }
}
