#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole input file (or standard input for `-`) into bytes.
enum InputFile {
    /// The bytes of `path`; a file that cannot be opened or read is a clear error.
    static func read(_ path: String) throws -> [UInt8] {
        let stream: UnsafeMutablePointer<FILE>? = path == "-" ? fdopen(STDIN_FILENO, "rb") : fopen(path, "rb")
        guard let stream else {
            throw InputFileError(path: path, reason: String(cString: strerror(errno)), advice: "check the path and its permissions")
        }
        defer { if path != "-" { fclose(stream) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, stream) }
            bytes.append(contentsOf: chunk[0..<count])
            if count < chunk.count { break }
        }
        if ferror(stream) != 0 {
            throw InputFileError(path: path, reason: String(cString: strerror(errno)), advice: "give a regular file")
        }
        return bytes
    }
}

/// An input file that cannot be opened or read.
struct InputFileError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    let advice: String

    var description: String { "cannot read \(path): \(reason); \(advice)" }
}
