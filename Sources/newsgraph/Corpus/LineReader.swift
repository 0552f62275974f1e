#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file descriptor line by line in fixed-size chunks, so that a
/// JSON Lines file of any size takes only one line's worth of memory.
///
/// A line longer than `maximumLength` is not kept: it is passed over to its
/// end and reported as too long.
struct LineReader {
    enum Line {
        case text([UInt8])
        case tooLong(Int)
    }

    private let descriptor: Int32
    private let maximumLength: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// Bytes read so far, for progress.
    private(set) var bytesRead = 0

    init(descriptor: Int32, maximumLength: Int) {
        self.descriptor = descriptor
        self.maximumLength = maximumLength
    }

    /// The next line without its `\n` (nil at the end of the input).
    ///
    /// - Throws: ``CLIError`` when reading fails.
    mutating func next() throws -> Line? {
        var skipped = 0
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                defer { start = newline + 1 }
                if skipped > 0 { return .tooLong(skipped + newline - start) }
                return .text(Array(buffer[start..<newline]))
            }
            if buffer.count - start > maximumLength {
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if atEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                defer { buffer.removeAll(); start = 0 }
                if skipped > 0 { return .tooLong(skipped + buffer.count - start) }
                return .text(Array(buffer[start...]))
            }
            try fill()
        }
    }

    private mutating func fill() throws {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        let chunk = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        while true {
            let count = buffer.withUnsafeMutableBytes { bytes in
                bytes.baseAddress.map { read(descriptor, $0 + old, chunk) } ?? -1
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                buffer.removeLast(chunk)
                throw CLIError("cannot read: \(String(cString: strerror(errno)))")
            }
            buffer.removeLast(chunk - count)
            bytesRead += count
            atEnd = count == 0
            return
        }
    }
}
