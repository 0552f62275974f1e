import NewsGraphSyntax

/// Trainable sparse perceptron weights with lazy averaging (Collins, 2002;
/// Daumé's timestamp trick).
///
/// A feature key owns a row of (class, weight) parameters, created on the
/// first update that touches the pair; parameters of a row form a linked
/// list through `next`. ``tick()`` counts training instances; averages are
/// over those counts.
final class AveragedPerceptron {
    let classCount: Int
    private var rows = FeatureIndex()
    private var label: [UInt16] = []
    private var next: [Int32] = []
    private var weight: [Int32] = []
    private var total: [Int64] = []
    private var stamp: [Int64] = []
    /// How many updates touched each parameter.
    private var touches: [Int32] = []
    private(set) var clock: Int64 = 0

    init(classCount: Int) {
        self.classCount = classCount
    }

    var parameterCount: Int { weight.count }
    var rowCount: Int { rows.count }

    func tick() { clock += 1 }

    /// Current (not averaged) scores of `keys`.
    func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: inout [Float]) {
        for c in 0..<classCount { scores[c] = 0 }
        for key in keys {
            var p = rows.row(key)
            while p >= 0 {
                scores[Int(label[Int(p)])] += Float(weight[Int(p)])
                p = next[Int(p)]
            }
        }
    }

    /// Averaged scores of `keys`, for evaluation while training.
    func averagedScore(_ keys: UnsafeBufferPointer<UInt64>, into scores: inout [Float]) {
        for c in 0..<classCount { scores[c] = 0 }
        for key in keys {
            var p = rows.row(key)
            while p >= 0 {
                scores[Int(label[Int(p)])] += Float(average(Int(p)))
                p = next[Int(p)]
            }
        }
    }

    /// Moves weight from `guess` to `truth` for every key.
    func update(_ keys: UnsafeBufferPointer<UInt64>, truth: Int, guess: Int) {
        guard truth != guess else { return }
        for key in keys {
            add(key, class: truth, delta: 1)
            add(key, class: guess, delta: -1)
        }
    }

    /// Adds `delta` to the weight of `cls` for every key.
    func add(_ keys: UnsafeBufferPointer<UInt64>, class cls: Int, delta: Int32) {
        for key in keys { add(key, class: cls, delta: delta) }
    }

    private func add(_ key: UInt64, class cls: Int, delta: Int32) {
        let p = parameter(key, cls)
        total[p] += Int64(weight[p]) * (clock - stamp[p])
        stamp[p] = clock
        weight[p] += delta
        touches[p] += 1
    }

    private func parameter(_ key: UInt64, _ cls: Int) -> Int {
        let head = rows.row(key)
        var p = head
        while p >= 0 {
            if Int(label[Int(p)]) == cls { return Int(p) }
            p = next[Int(p)]
        }
        let new = Int32(weight.count)
        label.append(UInt16(cls))
        next.append(head)
        weight.append(0)
        total.append(0)
        stamp.append(clock)
        touches.append(0)
        rows.set(key, new)
        return Int(new)
    }

    private func average(_ p: Int) -> Double {
        guard clock > 0 else { return 0 }
        return Double(total[p] + Int64(weight[p]) * (clock - stamp[p])) / Double(clock)
    }

    /// The averaged weights as a model table section. Rows that fewer than
    /// `minimumUpdates` updates touched are dropped (rare features, mostly
    /// noise), and so are pairs whose weight is below `threshold` in magnitude.
    ///
    /// Weights are stored as `Float16` after dividing all of them by one factor
    /// that keeps the largest below 32,768: a decision depends only on which
    /// class scores highest, which one common factor does not change.
    func tableSection(threshold: Double, minimumUpdates: Int) -> [UInt8] {
        var largest = 0.0
        for p in weight.indices { largest = max(largest, abs(average(p))) }
        let scale = max(1, largest / 32_768)
        var kept: [(key: UInt64, pairs: [WeightTableLayout.Pair])] = []
        for (key, row) in rows.sorted {
            var pairs: [WeightTableLayout.Pair] = []
            var updates = 0
            var p = Int(row)
            while p >= 0 {
                updates += Int(touches[p])
                p = Int(next[p])
            }
            guard updates >= minimumUpdates else { continue }
            p = Int(row)
            while p >= 0 {
                let value = average(p)
                if abs(value) >= threshold { pairs.append(.init(label: UInt16(label[p]), weight: WeightTableLayout.half(Float(value / scale)))) }
                p = Int(next[p])
            }
            if !pairs.isEmpty { kept.append((key, pairs.sorted { $0.label < $1.label })) }
        }
        return WeightTableWriter.section(rows: kept, classCount: classCount)
    }
}
