#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffered byte stream to a file descriptor, or into memory.
///
/// Writers stream into a sink; nothing builds the whole document in memory
/// unless the sink is ``memory()``. Bytes go out in 64 KiB blocks.
public final class ByteSink {
    private enum Target {
        case file(Int32)
        case memory
    }

    private let target: Target
    private var buffer: [UInt8] = []
    private var stored: [UInt8] = []
    private let blockSize = 1 << 16
    /// How many bytes were written so far.
    public private(set) var count = 0

    /// A sink that writes to an open file descriptor; the caller closes it.
    public init(fileDescriptor: Int32) {
        target = .file(fileDescriptor)
        buffer.reserveCapacity(blockSize)
    }

    private init(memory: Void) {
        target = .memory
    }

    /// A sink that keeps the bytes; read them with ``bytes`` after ``flush()``.
    public static func memory() -> ByteSink { ByteSink(memory: ()) }

    /// Standard output.
    public static func standardOutput() -> ByteSink { ByteSink(fileDescriptor: 1) }

    /// What a memory sink holds (flushed).
    public var bytes: [UInt8] { stored + buffer }

    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write($0) }
    }

    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        count += bytes.count
        buffer.append(contentsOf: bytes)
        if buffer.count >= blockSize { try flush() }
    }

    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { try write($0) }
    }

    public func write(byte: UInt8) throws {
        count += 1
        buffer.append(byte)
        if buffer.count >= blockSize { try flush() }
    }

    /// Sends what is buffered to the file (or into ``bytes``).
    public func flush() throws {
        switch target {
        case .memory:
            stored += buffer
        case .file(let descriptor):
            try buffer.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw OutputError(message: String(cString: strerror(errno)))
                    }
                    offset += written
                }
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writing the output failed (disk full, closed pipe, ...).
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { "could not write the output: \(message)" }
}
