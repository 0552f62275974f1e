#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads whole input files (or standard input for `-`) as bytes.
enum InputFile {
    /// The largest input read: larger files are refused with a clear message.
    static let maximumSize = 1 << 30

    /// - Throws: ``CLIError`` naming the file when it cannot be opened or
    ///   read, is a folder, or is larger than `maximumSize` bytes.
    static func read(_ path: String, maximumSize: Int = maximumSize) throws -> [UInt8] {
        let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw CLIError("cannot open '\(path)': \(String(cString: strerror(errno))); check the path")
        }
        defer { if descriptor != 0 { close(descriptor) } }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw CLIError("'\(path)' is a folder; give the article files inside it (for example '\(path)/*.txt')")
        }
        if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > maximumSize {
            throw CLIError("'\(path)' is larger than \(describe(maximumSize)); split it into articles")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CLIError("cannot read '\(path)': \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumSize {
                throw CLIError("'\(path)' is larger than \(describe(maximumSize)); split it into articles")
            }
        }
        return bytes
    }

    /// `1 GiB`, `100 MB`.
    private static func describe(_ size: Int) -> String {
        size == 1 << 30 ? "1 GiB" : "\(size >> 20) MB"
    }
}
