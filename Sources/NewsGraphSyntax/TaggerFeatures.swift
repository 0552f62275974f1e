/// The features of one word for the tagger: its own form, affixes and shape,
/// its neighbours two words either way, the two tags before it, and the
/// ambiguity classes (``WordClassTable``) of the word and the two after it.
///
/// Trainer and tagger share this type, so a model always sees the features
/// it was trained on. Tags are numbers from the model's tag list; `start`
/// stands for "no tag" before the first word.
public enum TaggerFeatures {
    /// How many keys ``fill(_:position:words:previous:beforePrevious:)`` writes.
    public static let count = 36

    /// The tag number that stands for the position before the first word.
    public static let noTag: UInt64 = 0xFFFF

    /// Writes the feature keys of `words[position]` into `keys` (``count`` of them).
    /// `classes` holds each word's ambiguity class.
    @inline(__always)
    public static func fill(
        _ keys: UnsafeMutablePointer<UInt64>, position i: Int, words: UnsafeBufferPointer<WordKey>,
        classes: UnsafeBufferPointer<UInt64>, previous t1: UInt64, beforePrevious t2: UInt64
    ) {
        let w = words[i]
        let p1 = i >= 1 ? words[i - 1] : .start
        let p2 = i >= 2 ? words[i - 2] : .start
        let n1 = i + 1 < words.count ? words[i + 1] : .end
        let n2 = i + 2 < words.count ? words[i + 2] : .end
        let first: UInt64 = i == 0 ? 1 : 0
        keys[0] = FeatureHash.feature(0, 0)
        keys[1] = FeatureHash.feature(1, w.lower)
        keys[2] = FeatureHash.feature(2, w.form)
        keys[3] = FeatureHash.feature(3, w.suffix1)
        keys[4] = FeatureHash.feature(4, w.suffix2)
        keys[5] = FeatureHash.feature(5, w.suffix3)
        keys[6] = FeatureHash.feature(6, w.suffix4)
        keys[7] = FeatureHash.feature(7, w.prefix1)
        keys[8] = FeatureHash.feature(8, w.prefix2)
        keys[9] = FeatureHash.feature(9, w.prefix3)
        keys[10] = FeatureHash.feature(10, w.shape, first)
        keys[11] = FeatureHash.feature(11, p1.lower)
        keys[12] = FeatureHash.feature(12, n1.lower)
        keys[13] = FeatureHash.feature(13, p2.lower)
        keys[14] = FeatureHash.feature(14, n2.lower)
        keys[15] = FeatureHash.feature(15, p1.suffix3)
        keys[16] = FeatureHash.feature(16, n1.suffix3)
        keys[17] = FeatureHash.feature(17, t1)
        keys[18] = FeatureHash.feature(18, t2, t1)
        keys[19] = FeatureHash.feature(19, t1, w.lower)
        keys[20] = FeatureHash.feature(20, p1.lower, w.lower)
        keys[21] = FeatureHash.feature(21, w.lower, n1.lower)
        keys[22] = FeatureHash.feature(22, p1.shape)
        keys[23] = FeatureHash.feature(23, n1.shape)
        keys[24] = FeatureHash.feature(24, t1, w.suffix3)
        keys[25] = FeatureHash.feature(25, n1.lower, n2.lower)
        keys[26] = FeatureHash.feature(26, p2.lower, p1.lower)
        keys[27] = FeatureHash.feature(27, n1.suffix2)
        keys[28] = FeatureHash.feature(28, t1, n1.lower)
        keys[29] = FeatureHash.feature(29, w.shape, w.suffix2)
        let a0 = classes[i]
        let a1 = i + 1 < classes.count ? classes[i + 1] : 1 << 62
        let a2 = i + 2 < classes.count ? classes[i + 2] : 1 << 62
        keys[30] = FeatureHash.feature(30, a0)
        keys[31] = FeatureHash.feature(31, a1)
        keys[32] = FeatureHash.feature(32, a2)
        keys[33] = FeatureHash.feature(33, a0, a1)
        keys[34] = FeatureHash.feature(34, t1, a0)
        keys[35] = FeatureHash.feature(35, a0, w.suffix3)
    }
}
