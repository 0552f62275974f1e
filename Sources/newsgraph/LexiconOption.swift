import NewsGraphExtraction

/// Loads the built-in lexicon with the user's `--lexicon` files on top.
enum LexiconOption {
    static func load(_ paths: [String]) throws -> Lexicon {
        var lexicon = Lexicon.builtIn
        for path in paths {
            lexicon = try lexicon.adding(contentsOf: path)
        }
        return lexicon
    }
}
