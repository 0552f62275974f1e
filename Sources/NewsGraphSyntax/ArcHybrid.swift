/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta,
/// 2011) with one root: a stack, a buffer and the arcs built so far.
///
/// Words are numbered from 1; 0 is the root, which starts on the stack.
/// - `shift` moves the first buffer word onto the stack;
/// - `left(l)` makes the first buffer word the head of the stack's top (with
///   relation `l`) and pops it;
/// - `right(l)` makes the second stack word the head of the top and pops it.
///
/// The root takes exactly one dependent: `right` onto the root is legal only
/// when the buffer is empty and one word is left on the stack, so every
/// sentence gets a tree with a single root.
public struct ArcHybrid: Sendable {
    /// A move as a number: 0 is shift, `1 + 2l` is left with relation `l`, `2 + 2l` right.
    public typealias Move = Int

    public static func moveCount(labels: Int) -> Int { 1 + 2 * labels }
    public static func left(_ label: Int) -> Move { 1 + 2 * label }
    public static func right(_ label: Int) -> Move { 2 + 2 * label }
    public static func label(of move: Move) -> Int { (move - 1) / 2 }
    public static func isLeft(_ move: Move) -> Bool { move > 0 && move % 2 == 1 }
    public static func isRight(_ move: Move) -> Bool { move > 0 && move % 2 == 0 }

    public static let none = -1

    /// Number of words, without the root.
    public let count: Int
    public private(set) var stack: [Int]
    /// The first buffer word; the buffer is `next...count`.
    public private(set) var next: Int
    /// Head of each word (index 0 unused), or ``none``.
    public private(set) var heads: [Int]
    /// Relation of each word to its head, or ``none``.
    public private(set) var labels: [Int]
    /// The two leftmost and two rightmost dependents of each word so far, or ``none``.
    public private(set) var leftmost: [Int], secondLeftmost: [Int], rightmost: [Int], secondRightmost: [Int]
    /// How many dependents each word has on its left and right.
    public private(set) var leftCount: [Int], rightCount: [Int]
    /// The relations of each word's left and right dependents, one bit per relation (the first 64).
    public private(set) var leftLabels: [UInt64], rightLabels: [UInt64]

    public init(count: Int) {
        self.count = count
        stack = [0]
        stack.reserveCapacity(count + 1)
        next = 1
        let empty = [Int](repeating: Self.none, count: count + 1)
        heads = empty
        labels = empty
        leftmost = empty
        secondLeftmost = empty
        rightmost = empty
        secondRightmost = empty
        leftCount = [Int](repeating: 0, count: count + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: count + 1)
        rightLabels = leftLabels
    }

    public var isTerminal: Bool { next > count && stack.count == 1 }
    public var bufferIsEmpty: Bool { next > count }

    /// The stack word `depth` from the top (0 is the top), or ``none``.
    @inline(__always)
    public func stack(_ depth: Int) -> Int {
        depth < stack.count ? stack[stack.count - 1 - depth] : Self.none
    }

    /// The buffer word `offset` from the front, or ``none``.
    @inline(__always)
    public func buffer(_ offset: Int) -> Int {
        next + offset <= count ? next + offset : Self.none
    }

    public var canShift: Bool { next <= count }
    public var canLeft: Bool { next <= count && stack.count > 1 }
    public var canRight: Bool { stack.count > 2 || (stack.count == 2 && next > count) }

    public func isLegal(_ move: Move) -> Bool {
        move == 0 ? canShift : Self.isLeft(move) ? canLeft : canRight
    }

    public mutating func apply(_ move: Move) {
        if move == 0 {
            stack.append(next)
            next += 1
        } else if Self.isLeft(move) {
            let dependent = stack.removeLast()
            attach(dependent, to: next, label: Self.label(of: move))
        } else {
            let dependent = stack.removeLast()
            attach(dependent, to: stack[stack.count - 1], label: Self.label(of: move))
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        let bit: UInt64 = label < 64 ? 1 << UInt64(label) : 0
        if dependent < head {
            leftCount[head] += 1
            leftLabels[head] |= bit
            if leftmost[head] == Self.none || dependent < leftmost[head] {
                secondLeftmost[head] = leftmost[head]
                leftmost[head] = dependent
            } else if secondLeftmost[head] == Self.none || dependent < secondLeftmost[head] {
                secondLeftmost[head] = dependent
            }
        } else {
            rightCount[head] += 1
            rightLabels[head] |= bit
            if rightmost[head] == Self.none || dependent > rightmost[head] {
                secondRightmost[head] = rightmost[head]
                rightmost[head] = dependent
            } else if secondRightmost[head] == Self.none || dependent > secondRightmost[head] {
                secondRightmost[head] = dependent
            }
        }
    }
}
