#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import NewsGraphCore

/// Reads JSON Graph Format into a ``Graph``: what ``JSONGraphWriter``
/// writes (write → read → write gives the same bytes), and JGF from other
/// tools.
///
/// Accepted: JGF v2 (`nodes` an object keyed by id), v1 (`nodes` an array
/// of objects with `id`) and `{"graphs": […]}` (merged; nodes with the same
/// id become one). A node needs a `label` and a type (`metadata.type`, or
/// `type` on the node) among `Actor`, `WeaponSystem`, `Place`, `Statement`;
/// everything else is optional. Node ids of any form are made valid with
/// ``Identifier/sanitize(_:)`` and edges follow them. An edge's relation is
/// its `relation`, else `metadata.relation`, else `label`, made a token by
/// ``Relation/init(rawValue:)``. Other string, number or boolean members of
/// a node's metadata become attributes.
///
/// Errors are ``JSONGraphReadError``s with line and column. Limits that hold
/// for any input, each an error at its place: arrays and objects nest at most
/// ``maximumDepth`` deep (512 by default), and a string the reader keeps is
/// at most ``maximumStringLength`` bytes.
public struct JSONGraphReader: Sendable {
    /// The longest string kept (a label, a statement's text, evidence), in bytes as written (16 MiB).
    public static let maximumStringLength = 1 << 24

    /// How deeply arrays and objects may nest.
    public let maximumDepth: Int

    /// - Parameter maximumDepth: at least 16; the writer's own files nest 7 deep.
    public init(maximumDepth: Int = 512) {
        self.maximumDepth = max(maximumDepth, 16)
    }

    /// Reads the document in `bytes`; `file` names it in errors.
    public func read(_ bytes: [UInt8], file: String? = nil) throws -> Graph {
        var parser = JSONParser(bytes, maximumDepth: maximumDepth)
        var decoder = JSONGraphDecoder()
        do {
            try decoder.document(&parser)
            return try decoder.builder.build()
        } catch let error as JSONParseError {
            throw JSONGraphReadError(file: file, bytes: bytes, offset: error.offset, message: error.message)
        } catch let error as GraphError {
            throw JSONGraphReadError(file: file, line: 0, column: 0, offset: 0, message: error.description)
        }
    }

    /// Reads the file at `path` (`-` for standard input).
    public func read(path: String) throws -> Graph {
        try read(Self.contents(of: path), file: path)
    }

    /// All bytes of a file, or of standard input for `-`.
    static func contents(of path: String) throws -> [UInt8] {
        let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw JSONGraphReadError(file: path, line: 0, column: 0, offset: 0, message: "cannot open the file: \(reason)")
        }
        defer { if descriptor != 0 { close(descriptor) } }
        var bytes: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = block.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                throw JSONGraphReadError(file: path, line: 0, column: 0, offset: bytes.count, message: "cannot read the file: \(reason)")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: block[..<count])
        }
    }
}

/// `read(2)`, named apart from ``JSONGraphReader/read(_:file:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
