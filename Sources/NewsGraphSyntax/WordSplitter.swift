/// Splits a token into the syntactic words of Universal Dependencies English,
/// which the tagger and parser were trained on.
///
/// - Clitics come off: `don't` is `do` + `n't`, `can't` is `ca` + `n't`,
///   `I'm` is `I` + `'m`, `it's` is `it` + `'s`.
/// - Hyphenated compounds split at each hyphen: `Russian-made` is
///   `Russian` + `-` + `made`, `F-16` is `F` + `-` + `16`; words with a
///   prefix such as `anti-`, `co-`, `non-` and numbers such as `11-20-2000`
///   stay whole, as the treebank keeps them.
///
///     WordSplitter.split("don't")  // [0..<2, 2..<5]
///
/// Ranges are in Unicode scalars from the start of the token.
public enum WordSplitter {
    /// Prefixes the treebank writes with a hyphen inside one word.
    static let prefixes: Set<String> = [
        "anti", "co", "counter", "cross", "e", "ex", "intra", "inter", "micro", "mid", "multi", "neo", "non", "over",
        "post", "pre", "pro", "re", "self", "semi", "socio", "sub", "super", "trans", "ultra", "un", "vice",
    ]

    /// The words of `token`, as scalar ranges within it; one range covering
    /// the token when it stays whole.
    public static func split(_ token: String) -> [Range<Int>] {
        let scalars = Array(token.unicodeScalars)
        let whole = [0..<scalars.count]
        guard scalars.count > 1, scalars.contains(where: { $0.properties.isAlphabetic || isDigit($0) }) else { return whole }
        if let clitic = cliticStart(scalars) {
            return [0..<clitic, clitic..<scalars.count]
        }
        let hyphens = scalars.indices.filter { isHyphen(scalars[$0]) && $0 > 0 && $0 < scalars.count - 1 }
        guard !hyphens.isEmpty else { return whole }
        let first = String(String.UnicodeScalarView(scalars[0..<hyphens[0]])).lowercased()
        if prefixes.contains(first) { return whole }
        if scalars.allSatisfy({ isDigit($0) || isHyphen($0) }) { return whole }
        var ranges: [Range<Int>] = []
        var start = 0
        for hyphen in hyphens where hyphen > start {
            ranges.append(start..<hyphen)
            ranges.append(hyphen..<hyphen + 1)
            start = hyphen + 1
        }
        ranges.append(start..<scalars.count)
        return ranges
    }

    /// Where a final clitic starts: `n't`, or an apostrophe before `s`, `m`, `d`, `ll`, `re`, `ve`.
    private static func cliticStart(_ s: [Unicode.Scalar]) -> Int? {
        let n = s.count
        func lower(_ i: Int) -> Character { Character(String(s[i]).lowercased()) }
        if n >= 4, lower(n - 1) == "t", isApostrophe(s[n - 2]), lower(n - 3) == "n" { return n - 3 }
        for length in [2, 3] where n > length {
            let apostrophe = n - length
            guard isApostrophe(s[apostrophe]) else { continue }
            let tail = String(String.UnicodeScalarView(s[(apostrophe + 1)...])).lowercased()
            if ["s", "m", "d", "ll", "re", "ve"].contains(tail) { return apostrophe }
        }
        return nil
    }

    private static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }
    private static func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2011}" }
    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
}
