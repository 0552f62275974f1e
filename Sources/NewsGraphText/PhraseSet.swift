/// A set of lower-case phrases searched for together in one pass over UTF-8
/// bytes: at each position only the phrases that start with that byte are compared.
struct PhraseSet: Sendable {
    /// The phrases as bytes, bucketed by their first byte.
    private let buckets: [[[UInt8]]]

    init(_ phrases: [String]) {
        var buckets = Array(repeating: [[UInt8]](), count: 256)
        for phrase in phrases where !phrase.isEmpty {
            let bytes = Array(phrase.utf8)
            buckets[Int(bytes[0])].append(bytes)
        }
        self.buckets = buckets
    }

    /// Whether any phrase occurs in `text`.
    func occurs(in text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { hay in
            for i in hay.indices {
                for phrase in buckets[Int(hay[i])] where phrase.count <= hay.count - i {
                    var j = 1
                    while j < phrase.count, hay[i + j] == phrase[j] { j += 1 }
                    if j == phrase.count { return true }
                }
            }
            return false
        }
    }
}
