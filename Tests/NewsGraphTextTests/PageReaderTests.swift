import NewsGraphCore
import NewsGraphText
import Testing

/// A made-up news page with the usual furniture around one story.
let samplePage = """
    <!DOCTYPE html>
    <html lang="en"><head>
    <meta charset="utf-8">
    <title>Dam breach floods valley towns | The Harbour Post</title>
    <meta property="og:site_name" content="The Harbour Post">
    <meta property="og:title" content="Dam breach floods valley towns">
    <meta name="author" content="Ilse Varga">
    <meta property="article:published_time" content="2025-03-14T08:30:00Z">
    <link rel="canonical" href="https://harbourpost.example/news/dam-breach">
    <script>var tracking = "Dam breach floods valley towns and more";</script>
    <style>p { color: red }</style>
    </head><body>
    <div class="cookie-notice"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
    <header class="site-header"><a href="/">The Harbour Post</a>
      <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
    </header>
    <main>
      <article>
        <h1>Dam breach floods valley towns</h1>
        <p class="byline">By <a href="/ilse">Ilse Varga</a></p>
        <div class="article-body">
          <p>VALLEYFORD, March 14 - A dam above the river Loma gave way early on Friday, sending a wall of water
             through three towns and forcing thousands of people from their homes, local officials said.</p>
          <p>Rescue teams from the regional fire service used boats to reach families trapped on rooftops,
             and the army sent two helicopters to help, the interior ministry said in a statement.</p>
          <div class="ad-slot"><p>Advertisement</p></div>
          <h2>Warnings ignored</h2>
          <p>Engineers had warned in 2023 that the dam, built in 1961, needed urgent repairs, according to a
             report seen by the newspaper. The regional government said the work had been scheduled for May.</p>
          <p>&ldquo;We heard a roar, then the street was a river,&rdquo; said Ana Ribeiro, a baker in the town of
             Santa Clara, whose shop was destroyed.</p>
        </div>
        <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      </article>
      <aside class="related"><h2>Related stories</h2><ul>
        <li><a href="/a">Storm season starts early in the north</a></li>
        <li><a href="/b">Minister defends spending on flood defences</a></li></ul></aside>
    </main>
    <footer><p>&copy; 2025 The Harbour Post. All rights reserved.</p><a href="/terms">Terms</a></footer>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Dam breach floods valley towns",
      "author": {"@type": "Person", "name": "Ilse Varga"}, "datePublished": "2025-03-14T08:30:00Z"}</script>
    </body></html>
    """

@Suite struct PageReaderTests {
    func read(_ html: String, source: String = "page.html") -> Document {
        DocumentReader().read(bytes: Array(html.utf8), source: source)
    }

    @Test func bodyIsHeadlineThenParagraphs() {
        let paragraphs = read(samplePage).text.split(separator: "\n\n").map(String.init)
        #expect(paragraphs.count == 6)
        #expect(paragraphs.first == "Dam breach floods valley towns")
        #expect(paragraphs[1].hasPrefix("A dam above the river Loma gave way early on Friday, sending a wall of water through"))
        #expect(paragraphs[3] == "Warnings ignored")
        #expect(paragraphs.last?.hasPrefix("\u{201C}We heard a roar, then the street was a river,\u{201D} said Ana Ribeiro") == true)
    }

    @Test(arguments: [
        "cookies", "News", "Sport", "Advertisement", "Share on", "Related stories", "Storm season", "All rights",
        "tracking", "color", "By Ilse", "VALLEYFORD", "Terms",
    ])
    func chromeIsDropped(fragment: String) {
        #expect(!read(samplePage).text.contains(fragment))
    }

    @Test func metadataComesFromTheHead() {
        let article = read(samplePage).article
        #expect(article.title == "Dam breach floods valley towns")
        #expect(article.publisher == "The Harbour Post")
        #expect(article.author == "Ilse Varga")
        #expect(article.date == "2025-03-14T08:30:00Z")
        #expect(article.url == "https://harbourpost.example/news/dam-breach")
    }

    @Test func jsonLDFillsWhatMetaTagsLack() {
        let page = """
            <html><head><title>Quiet night | Post</title><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Quiet \\"night\\" \\u00e9t\\u00e9",
             "datePublished":"2025-01-02","author":[{"@type":"Person","name":"Ben Ode"}],
             "publisher":{"@type":"Organization","name":"Post Media"}}</script></head>
            <body><p>Nothing happened, and that was news.</p><time datetime="2024-12-31">yesterday</time></body></html>
            """
        let article = read(page).article
        #expect(article.title == "Quiet \"night\" été")
        #expect(article.author == "Ben Ode")
        #expect(article.publisher == "Post Media")
        #expect(article.date == "2025-01-02")
    }

    @Test func headlineFallsBackToTitleWithoutSiteName() {
        let page = "<html><head><title>Bridge reopens after repairs | City Desk</title></head><body><p>The bridge reopened.</p></body></html>"
        #expect(read(page).text == "Bridge reopens after repairs\n\nThe bridge reopened.")
    }

    @Test func pageWithoutArticleGivesShortOrEmptyBody() {
        let page = "<html><body><nav><a href='/'>Home</a><a href='/x'>About</a></nav><footer>© 2025</footer></body></html>"
        #expect(read(page).text == "")
    }

    @Test func sniffedPageWithoutExtension() {
        let page = "<!doctype html><html><body><article><p>Troops crossed the river at dawn, the army said.</p></article></body></html>"
        #expect(read(page, source: "-").text == "Troops crossed the river at dawn, the army said.")
    }

    @Test func lineBreaksAndInlineMarkup() {
        let page = "<html><body><div class=\"story\"><p>Line one of the <b>report</b>,<br>line two<i>,</i> and more.</p></div></body></html>"
        #expect(read(page).text == "Line one of the report,\n\nline two, and more.")
    }
}
