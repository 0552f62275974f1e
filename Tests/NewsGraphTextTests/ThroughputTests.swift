import Foundation
import NewsGraphText
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Reads every `.txt` file under `$NEWSGRAPH_CORPUS` and reports DocumentReader's MB/s
/// of CPU time on one thread (wall time on a busy machine says little).
///
///     NEWSGRAPH_CORPUS=/path/to/corpus swift test -c release -Xswiftc -enable-testing --filter ThroughputTests
@Suite struct ThroughputTests {
    static let corpus = ProcessInfo.processInfo.environment["NEWSGRAPH_CORPUS"]

    @Test(.enabled(if: corpus != nil, "set NEWSGRAPH_CORPUS to a folder of .txt articles"))
    func readerThroughput() throws {
        let root = try #require(Self.corpus)
        let files = try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.hasSuffix(".txt") }.sorted()
        let inputs = files.compactMap { name in FileManager.default.contents(atPath: root + "/" + name).map { (name, [UInt8]($0)) } }
        let bytes = inputs.reduce(0) { $0 + $1.1.count }
        let reader = DocumentReader()
        var sentences = 0, tokens = 0
        let start = Self.threadCPUTime()
        for (name, data) in inputs {
            let document = reader.read(bytes: data, source: name)
            sentences += document.sentences.count
            tokens += document.sentences.reduce(0) { $0 + $1.tokens.count }
        }
        let seconds = Self.threadCPUTime() - start
        let rate = Double(bytes) / 1_000_000 / seconds
        print("DocumentReader: \(inputs.count) files, \(bytes) bytes, \(sentences) sentences, \(tokens) tokens in \(seconds) s of CPU: \(rate) MB/s")
        #expect(sentences > 0)
    }

    /// Seconds of CPU time used by the calling thread.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
