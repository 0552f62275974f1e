#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads whole files without Foundation.
enum FileBytes {
    /// The bytes of the file at `path`.
    ///
    /// - Throws: ``XMLError`` with code `.input` when it cannot be read.
    /// - Parameter limit: read at most this many bytes.
    static func read(_ path: String, limit: Int = .max) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            throw XMLError(.input, file: path, "cannot open the file (\(String(cString: strerror(errno)))); check the path")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = block.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count > 0 { bytes.append(contentsOf: block[0..<count]) }
            if bytes.count >= limit { return Array(bytes.prefix(limit)) }
            if count < block.count {
                if ferror(file) != 0 { throw XMLError(.input, file: path, "cannot read the file") }
                return bytes
            }
        }
    }
}
