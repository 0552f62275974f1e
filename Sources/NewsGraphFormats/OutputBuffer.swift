/// A block of bytes a writer fills and hands to a ``ByteSink`` when full.
///
/// Writers append UTF-8 bytes here instead of building `String`s; the block
/// goes to the sink every 64 KiB (``flushIfFull()``) and at the end
/// (``finish()``).
struct OutputBuffer {
    /// The bytes not yet handed to the sink; escaping functions append here directly.
    var bytes: [UInt8] = []
    private let sink: ByteSink
    private static let blockSize = 1 << 16

    init(_ sink: ByteSink) {
        self.sink = sink
        bytes.reserveCapacity(Self.blockSize + 4096)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// Appends a literal written in the source code (ASCII or UTF-8).
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a string's UTF-8 bytes as they are.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(contentsOf other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Appends `value` in decimal (`-12`).
    mutating func appendDecimal(_ value: Int) {
        OutputBuffer.appendDecimal(value, to: &bytes)
    }

    /// Hands the block to the sink once it holds 64 KiB or more.
    @inline(__always)
    mutating func flushIfFull() throws {
        if bytes.count >= Self.blockSize { try flush() }
    }

    /// Hands everything to the sink and flushes the sink.
    mutating func finish() throws {
        try flush()
        try sink.flush()
    }

    private mutating func flush() throws {
        guard !bytes.isEmpty else { return }
        try sink.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends the decimal digits of `value` to `out`, without building a `String`.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
        }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { out.append(raw[index]) }
        }
    }
}
