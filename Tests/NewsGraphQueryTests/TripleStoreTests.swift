import NewsGraphFormats
import Testing

@testable import NewsGraphQuery

struct TripleStoreTests {
    /// The radix sort agrees with the standard sort, ids above 16 bits included.
    @Test(arguments: [0, 1, 2, 1000, 50_000])
    func radixSortMatchesTheStandardSort(count: Int) {
        var generator = SplitMix(seed: UInt64(count))
        let rows = (0..<count).map { _ in
            IDTriple(a: UInt32(generator.next() % 70_000), b: UInt32(generator.next() % 5), c: UInt32(generator.next() % 200_000))
        }
        var sorted = rows
        RadixSort.sort(&sorted)
        #expect(sorted == rows.sorted())
    }

    @Test func patternsFindTheirTriples() throws {
        let ex = "http://example.org/"
        let triples = [
            Triple(.iri(ex + "a"), .iri(ex + "p"), .iri(ex + "b")), Triple(.iri(ex + "a"), .iri(ex + "q"), .string("x")),
            Triple(.iri(ex + "b"), .iri(ex + "p"), .iri(ex + "a")), Triple(.iri(ex + "a"), .iri(ex + "p"), .iri(ex + "b")),
        ]
        let store = TripleStore(triples)
        #expect(store.count == 3)
        let id = { (term: RDFTerm) in store.dictionary.id(of: term) }
        let a = id(.iri(ex + "a")), p = id(.iri(ex + "p")), b = id(.iri(ex + "b"))
        #expect(store.count(a, nil, nil) == 2)
        #expect(store.count(nil, p, nil) == 2)
        #expect(store.count(nil, nil, b) == 1)
        #expect(store.count(a, nil, b) == 1)
        #expect(store.count(nil, p, a) == 1)
        #expect(store.count(a, p, b) == 1)
        #expect(store.count(nil, nil, nil) == 3)
        #expect(Set(store.triples) == Set(triples))
    }
}

/// A small deterministic random generator (SplitMix64).
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
