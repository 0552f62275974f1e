#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes an output file all at once or not at all.
///
/// The bytes go to a temporary file beside the target (same folder, so the
/// final rename is atomic); only when everything was written and synced is it
/// renamed over the target. On any error the temporary file is removed and
/// the target is left as it was, so no reader ever sees a half-written file.
///
///     try AtomicOutput.write(to: "graph.ttl") { sink in try TurtleWriter().write(graph, to: sink) }
public enum AtomicOutput {
    /// Runs `body` with a sink for `path`; `-` means standard output.
    public static func write(to path: String, _ body: (ByteSink) throws -> Void) throws {
        if path == "-" {
            let sink = ByteSink.standardOutput()
            try body(sink)
            try sink.flush()
            return
        }
        var template = Array("\(path).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw OutputError(message: "cannot create a file beside '\(path)': \(String(cString: strerror(errno))); check that the folder exists and is writable")
        }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        do {
            defer { close(descriptor) }
            let sink = ByteSink(fileDescriptor: descriptor)
            try body(sink)
            try sink.flush()
            guard fsync(descriptor) == 0 || errno == EINVAL else {
                throw OutputError(message: "cannot sync '\(path)': \(String(cString: strerror(errno)))")
            }
            fchmod(descriptor, 0o644)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError(message: "cannot replace '\(path)': \(reason)")
        }
    }
}
