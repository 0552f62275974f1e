/// The features of a parser state: words, tags and relations around the top
/// of the stack and the front of the buffer (the templates of Zhang and
/// Nivre, 2011, read for the arc-hybrid system: stack words, buffer words,
/// their outermost dependents, distance, valency and relation sets).
///
/// Trainer and parser share this type, so a model always sees the features it
/// was trained on. Tags come packed (``pack(_:coarse:)``): the fine tag (UPOS
/// with XPOS) in the low 16 bits, the UPOS alone above, so that templates can
/// use the coarse tag where the fine one is too sparse.
public enum ParserFeatures {
    /// How many keys ``fill(_:state:words:tags:)`` writes.
    public static let count = 96

    /// Tag numbers with their coarse (UPOS) numbers, as ``fill(_:state:words:tags:)`` reads them.
    public static func pack(_ tags: [Int], coarse: [Int]) -> [Int] {
        tags.map { $0 | (coarse[$0] << 16) }
    }

    // Atoms of the root and of a position with no word.
    private static let rootWord: UInt64 = 0x524f_4f54_0000_0001
    private static let noWord: UInt64 = 0x4e4f_4e45_0000_0002
    private static let rootTag: UInt64 = 0xFFFD
    private static let noTag: UInt64 = 0xFFFE

    /// The atoms of one position: word, fine tag, coarse tag and relation to its head.
    private struct Atoms {
        var w: UInt64, t: UInt64, u: UInt64, l: UInt64

        @inline(__always)
        init(_ index: Int, _ state: borrowing ArcHybrid, _ words: UnsafeBufferPointer<WordKey>, _ tags: UnsafeBufferPointer<Int>) {
            if index == ArcHybrid.none {
                w = ParserFeatures.noWord
                t = ParserFeatures.noTag
                u = ParserFeatures.noTag
                l = 0
            } else if index == 0 {
                w = ParserFeatures.rootWord
                t = ParserFeatures.rootTag
                u = ParserFeatures.rootTag
                l = 0
            } else {
                w = words[index - 1].lower
                t = UInt64(tags[index - 1] & 0xFFFF)
                u = UInt64(tags[index - 1] >> 16)
                l = UInt64(state.labels[index] + 1)
            }
        }
    }

    @inline(__always)
    private static func pack(_ a: UInt64, _ b: UInt64, _ c: UInt64 = 0) -> UInt64 { a | b << 16 | c << 32 }

    @inline(__always)
    private static func child(_ array: [Int], _ index: Int) -> Int {
        index == ArcHybrid.none ? ArcHybrid.none : array[index]
    }

    @inline(__always)
    private static func valency(_ array: [Int], _ index: Int) -> UInt64 {
        index == ArcHybrid.none ? 0xFF : UInt64(array[index])
    }

    @inline(__always)
    private static func labelSet(_ array: [UInt64], _ index: Int) -> UInt64 {
        index == ArcHybrid.none ? 1 << 63 : array[index]
    }

    /// Writes the feature keys of `state` into `keys` (``count`` of them).
    /// `words` and `tags` are the sentence's words and tag numbers, word 1 first.
    public static func fill(
        _ keys: UnsafeMutablePointer<UInt64>, state: borrowing ArcHybrid,
        words: UnsafeBufferPointer<WordKey>, tags: UnsafeBufferPointer<Int>
    ) {
        let i0 = state.stack(0), i1 = state.stack(1), i2 = state.stack(2)
        let j0 = state.buffer(0), j1 = state.buffer(1), j2 = state.buffer(2)
        let s0 = Atoms(i0, state, words, tags), s1 = Atoms(i1, state, words, tags), s2 = Atoms(i2, state, words, tags)
        let b0 = Atoms(j0, state, words, tags), b1 = Atoms(j1, state, words, tags), b2 = Atoms(j2, state, words, tags)
        let s0l = Atoms(child(state.leftmost, i0), state, words, tags)
        let s0r = Atoms(child(state.rightmost, i0), state, words, tags)
        let s0l2 = Atoms(child(state.secondLeftmost, i0), state, words, tags)
        let s0r2 = Atoms(child(state.secondRightmost, i0), state, words, tags)
        let s1l = Atoms(child(state.leftmost, i1), state, words, tags)
        let s1r = Atoms(child(state.rightmost, i1), state, words, tags)
        let s1r2 = Atoms(child(state.secondRightmost, i1), state, words, tags)
        let b0l = Atoms(child(state.leftmost, j0), state, words, tags)
        let b0l2 = Atoms(child(state.secondLeftmost, j0), state, words, tags)
        let distance: UInt64
        if i0 == ArcHybrid.none || j0 == ArcHybrid.none {
            distance = 0
        } else {
            let d = j0 - i0
            distance = UInt64(d < 5 ? d : d < 10 ? 5 : 6)
        }
        var k = 0
        @inline(__always) func put(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            keys[k] = FeatureHash.feature(template, a, b, c)
            k += 1
        }
        // Single words.
        put(100, s0.w); put(101, s0.t); put(102, s0.w, s0.t)
        put(103, b0.w); put(104, b0.t); put(105, b0.w, b0.t)
        put(106, b1.w); put(107, b1.t); put(108, b1.w, b1.t)
        put(109, b2.w); put(110, b2.t); put(111, b2.w, b2.t)
        put(112, s1.w); put(113, s1.t); put(114, s1.w, s1.t)
        put(115, s2.t); put(116, s2.w)
        // Pairs of the stack top and the buffer front.
        put(117, s0.w, b0.w, pack(s0.t, b0.t)); put(118, s0.w, b0.w, s0.t); put(119, s0.w, b0.w, b0.t)
        put(120, s0.w, pack(s0.t, b0.t)); put(121, b0.w, pack(s0.t, b0.t)); put(122, s0.w, b0.w)
        put(123, pack(s0.t, b0.t)); put(124, pack(b0.t, b1.t))
        // Three tags.
        put(125, pack(b0.t, b1.t, b2.t)); put(126, pack(s0.t, b0.t, b1.t)); put(127, pack(s1.t, s0.t, b0.t))
        put(128, pack(s0.t, s0l.t, b0.t)); put(129, pack(s0.t, s0r.t, b0.t)); put(130, pack(s0.t, b0.t, b0l.t))
        put(131, pack(s1.t, s0.t, s0r.t)); put(132, pack(s1.t, s1r.t, s0.t)); put(133, pack(s1.t, s0.t, s0l.t))
        // The two stack words.
        put(134, s1.w, s0.w); put(135, pack(s1.t, s0.t)); put(136, s1.w, s0.t); put(137, s1.t, s0.w)
        put(138, s1.w, s0.w, pack(s1.t, s0.t)); put(139, pack(s2.t, s1.t, s0.t))
        // Distance.
        put(140, s0.w, distance); put(141, s0.t, distance); put(142, b0.w, distance); put(143, b0.t, distance)
        put(144, s0.w, b0.w, distance); put(145, pack(s0.t, b0.t), distance)
        // Valency.
        let s0vr = valency(state.rightCount, i0), s0vl = valency(state.leftCount, i0)
        let s1vr = valency(state.rightCount, i1), s1vl = valency(state.leftCount, i1), b0vl = valency(state.leftCount, j0)
        put(146, s0.w, s0vr); put(147, s0.t, s0vr); put(148, s0.w, s0vl); put(149, s0.t, s0vl)
        put(150, s1.w, s1vr); put(151, s1.t, s1vr); put(152, s1.w, s1vl); put(153, s1.t, s1vl)
        put(154, b0.w, b0vl); put(155, b0.t, b0vl)
        // Outermost dependents.
        put(156, s0l.w); put(157, s0l.t); put(158, s0l.l); put(159, s0r.w); put(160, s0r.t); put(161, s0r.l)
        put(162, b0l.w); put(163, b0l.t); put(164, b0l.l)
        put(165, s1l.w); put(166, s1l.t); put(167, s1l.l); put(168, s1r.w); put(169, s1r.t); put(170, s1r.l)
        put(171, s0l2.w); put(172, s0l2.t); put(173, s0l2.l); put(174, s0r2.w); put(175, s0r2.t); put(176, s0r2.l)
        put(177, b0l2.w); put(178, b0l2.t); put(179, b0l2.l)
        put(180, pack(s0.t, s0l.t, s0l2.t)); put(181, pack(s0.t, s0r.t, s0r2.t)); put(182, pack(b0.t, b0l.t, b0l2.t))
        put(183, pack(s1.t, s1r.t, s1r2.t))
        // Relation sets.
        let s0rs = labelSet(state.rightLabels, i0), s0ls = labelSet(state.leftLabels, i0), b0ls = labelSet(state.leftLabels, j0)
        put(184, s0.w, s0rs); put(185, s0.t, s0rs); put(186, s0.w, s0ls); put(187, s0.t, s0ls)
        put(188, b0.w, b0ls); put(189, b0.t, b0ls)
        // Coarse tags.
        put(190, pack(s0.u, b0.u)); put(191, pack(s0.u, b0.u, b1.u)); put(192, pack(s1.u, s0.u, b0.u))
        put(193, pack(s0.u, s0l.u, s0r.u)); put(194, pack(b0.u, b0l.u, b1.u)); put(195, pack(s0.u, b0.u), distance)
    }
}
