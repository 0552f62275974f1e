import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a corpus run tells on standard error: one line per skipped input,
/// a progress line redrawn in place (when asked for), and a closing summary.
/// Shared by the reading thread, the extraction workers and the progress
/// timer, under one lock.
final class CorpusLog: @unchecked Sendable {
    /// Why a run stopped at a skipped input under `--strict`.
    struct StrictStop: Error, CustomStringConvertible {
        var description: String
    }

    private let lock = NSLock()
    private var counts = CorpusCounts()
    private let strict: Bool
    private let showsProgress: Bool
    private let start = DispatchTime.now()
    private var progressShown = false
    private var timer: DispatchSourceTimer?

    init(strict: Bool, showsProgress: Bool, expectedArticles: Int?, expectedBytes: Int?) {
        self.strict = strict
        self.showsProgress = showsProgress
        counts.expectedArticles = expectedArticles
        counts.expectedBytes = expectedBytes
    }

    /// Reports an input that is not read.
    ///
    /// - Throws: ``StrictStop`` under `--strict`.
    func skip(_ name: String, _ reason: String) throws {
        let line = "skipped \(name): \(reason)"
        if strict { throw StrictStop(description: line + " (stopped: --strict)") }
        lock.withLock {
            counts.skipped += 1
            say(line)
        }
    }

    /// Reports an input left out before reading (a folder that cannot be listed, a link loop).
    func problem(_ line: String) throws {
        if strict { throw StrictStop(description: line + " (stopped: --strict)") }
        lock.withLock {
            counts.skipped += 1
            say(line)
        }
    }

    func read() { lock.withLock { counts.read += 1 } }

    func extracted(bytes: Int) {
        lock.withLock {
            counts.extracted += 1
            counts.bytes += bytes
        }
    }

    var current: CorpusCounts { lock.withLock { counts } }

    var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }

    /// Redraws the progress line five times a second until ``finish(summary:)``.
    func startProgress() {
        guard showsProgress else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        timer.schedule(deadline: .now(), repeating: .milliseconds(200))
        // The handler holds the log until `finish` takes it away: a weak reference would leave its side
        // table to outlive the log when the process ends while the cancelled timer is being torn down.
        timer.setEventHandler { self.drawProgress() }
        self.timer = timer
        timer.resume()
    }

    /// Stops the progress line and prints the summary: with the progress
    /// line, or when something was skipped, unless `quiet`.
    func finish(quiet: Bool) {
        timer?.setEventHandler(handler: nil)
        timer?.cancel()
        timer = nil
        lock.withLock {
            clearProgress()
            if !quiet && (showsProgress || counts.skipped > 0) {
                say(counts.summary + " in " + CorpusCounts.tenths(seconds) + " s (" + counts.rates(seconds: seconds) + ")")
            }
        }
    }

    private func drawProgress() {
        lock.withLock {
            let line = counts.progressLine(seconds: seconds)
            Self.standardError("\r\u{1B}[K" + line)
            progressShown = true
        }
    }

    /// Writes one line, under the lock, keeping the progress line below it.
    private func say(_ line: String) {
        clearProgress()
        Self.standardError("newsgraph: " + line + "\n")
    }

    private func clearProgress() {
        guard progressShown else { return }
        Self.standardError("\r\u{1B}[K")
        progressShown = false
    }

    /// Writes straight to file descriptor 2 (unbuffered, one call per line).
    private static func standardError(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(STDERR_FILENO, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
