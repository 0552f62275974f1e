/// The tag dictionary: for each frequent word of the training data, the set
/// of UPOS tags it was seen with, as a bit mask (its ambiguity class).
///
/// The tagger uses the classes of the word and of the next two words as
/// features, which tells it what the words ahead can be before it tags them.
/// Layout in a model file (section `WCLS`): a little-endian `UInt32`
/// capacity (a power of two) and a `UInt32` 0, then `capacity` slots of a
/// `UInt64` key (a word's ``WordKey/lower``; 0 = empty) and a `UInt64` mask.
struct WordClassTable: @unchecked Sendable {
    private let slots: UnsafePointer<UInt64>
    private let mask: Int

    init(slots: UnsafePointer<UInt64>, capacity: Int) {
        self.slots = slots
        self.mask = capacity - 1
    }

    /// The ambiguity class of a word: its UPOS mask, or 0 for a word the training data rarely had.
    @inline(__always)
    func classes(of lower: UInt64) -> UInt64 {
        var index = Int(truncatingIfNeeded: lower) & mask
        while true {
            let key = slots[2 * index]
            if key == lower { return slots[2 * index + 1] }
            if key == 0 { return 0 }
            index = (index + 1) & mask
        }
    }
}
