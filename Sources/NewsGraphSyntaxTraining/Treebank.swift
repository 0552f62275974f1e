import NewsGraphSyntax

/// A treebank sentence ready for training: word keys, gold tag numbers and
/// gold tree (heads 0...n, relation numbers), word 1 first.
struct TreebankSentence {
    var forms: [String]
    var words: [WordKey]
    /// Each word's ambiguity class (see ``Inventory/wordClasses``).
    var classes: [UInt64]
    var upos: [String]
    var tags: [Int]
    var heads: [Int]
    var labels: [Int]
}

/// The tag set (UPOS with XPOS) and relation set read from training data.
struct Inventory {
    /// Tag names `UPOS\tXPOS`; rare pairs are folded into their UPOS's most frequent pair.
    var tags: [String]
    var tagIndex: [String: Int]
    var labels: [String]
    var labelIndex: [String: Int]
    /// UPOS names, in the order of the bits of an ambiguity class.
    var universalTags: [String]
    /// For each tag number, the number of its UPOS in ``universalTags``.
    var coarse: [Int] {
        tags.map { name in universalTags.firstIndex(of: String(name.split(separator: "\t")[0])) ?? 0 }
    }
    /// For words seen at least `minimumWordCount` times: the UPOS tags seen
    /// with them in at least 1% of their uses, as a mask; keyed by ``WordKey/lower``.
    var wordClasses: [UInt64: UInt64]

    /// Pairs seen fewer than `minimumCount` times are folded.
    init(_ sentences: [CoNLLU.Sentence], minimumCount: Int = 20, minimumWordCount: Int = 3) {
        var pairCounts: [String: Int] = [:]
        var labelSet: Set<String> = []
        for sentence in sentences {
            for word in sentence.words {
                pairCounts["\(word.upos)\t\(word.xpos)", default: 0] += 1
                labelSet.insert(word.deprel)
            }
        }
        let frequent = pairCounts.filter { $0.value >= minimumCount }.keys.sorted()
        tags = frequent
        tagIndex = Dictionary(uniqueKeysWithValues: frequent.enumerated().map { ($1, $0) })
        var byUPOS: [String: (name: String, count: Int)] = [:]
        for name in frequent {
            let upos = String(name.split(separator: "\t")[0])
            let count = pairCounts[name] ?? 0
            if let best = byUPOS[upos], best.count > count || (best.count == count && best.name < name) { continue }
            byUPOS[upos] = (name, count)
        }
        for (name, count) in pairCounts.sorted(by: { $0.key < $1.key }) where count < minimumCount {
            let upos = String(name.split(separator: "\t")[0])
            if let target = byUPOS[upos], let index = tagIndex[target.name] {
                tagIndex[name] = index
            } else {
                tagIndex[name] = tags.count
                tags.append(name)
            }
        }
        labels = labelSet.sorted()
        labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        universalTags = Set(pairCounts.keys.map { String($0.split(separator: "\t")[0]) }).sorted()
        let universalIndex = Dictionary(uniqueKeysWithValues: universalTags.enumerated().map { ($1, $0) })
        var uses: [UInt64: [Int: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words {
                uses[WordKey(word.form).lower, default: [:]][universalIndex[word.upos] ?? 0, default: 0] += 1
            }
        }
        wordClasses = [:]
        for (word, counts) in uses {
            let total = counts.values.reduce(0, +)
            guard total >= minimumWordCount else { continue }
            var mask: UInt64 = 0
            for (tag, count) in counts where count * 100 >= total { mask |= 1 << UInt64(tag) }
            wordClasses[word] = mask
        }
    }

    /// The `WCLS` section of the model file (see `WordClassTable`).
    var wordClassSection: [UInt8] {
        var capacity = 1
        while capacity < wordClasses.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity * 2)
        for key in wordClasses.keys.sorted() {
            var index = Int(truncatingIfNeeded: key) & (capacity - 1)
            while slots[2 * index] != 0 { index = (index + 1) & (capacity - 1) }
            slots[2 * index] = key
            slots[2 * index + 1] = wordClasses[key] ?? 0
        }
        var bytes: [UInt8] = []
        bytes.append(littleEndian: UInt32(capacity))
        bytes.append(littleEndian: UInt32(0))
        for value in slots { bytes.append(littleEndian: value) }
        return bytes
    }

    /// A CoNLL-U sentence with its gold annotation as numbers. Unknown tags and relations become the first ones.
    func sentence(_ sentence: CoNLLU.Sentence) -> TreebankSentence {
        let words = sentence.words.map { WordKey($0.form) }
        return TreebankSentence(
            forms: sentence.words.map(\.form),
            words: words,
            classes: words.map { wordClasses[$0.lower] ?? 0 },
            upos: sentence.words.map(\.upos),
            tags: sentence.words.map { tagIndex["\($0.upos)\t\($0.xpos)"] ?? 0 },
            heads: [0] + sentence.words.map { $0.head ?? 0 },
            labels: [0] + sentence.words.map { labelIndex[$0.deprel] ?? 0 })
    }
}
