import Foundation

/// Time, size and memory of one writer run.
struct Measurement {
    var name: String
    /// Wall-clock seconds.
    var seconds: Double
    /// Processor seconds (user + system) of this process: steadier than wall
    /// time on a machine that other jobs share.
    var cpuSeconds: Double
    var bytes: Int
    /// Peak resident memory of the process while the writer ran (bytes); nil when not measurable.
    var peakResident: Int?

    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
}

/// Resident memory of this process, read from Linux's `/proc/self/status`.
enum Memory {
    /// The current resident set (VmRSS), in bytes.
    static var resident: Int? { status("VmRSS:") }

    /// The peak resident set since the last ``resetPeak()`` (VmHWM), in bytes.
    static var peak: Int? { status("VmHWM:") }

    /// User plus system processor time of this process so far, in seconds.
    static var cpuSeconds: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// The whole run's peak (getrusage `ru_maxrss`), in bytes.
    static var processPeak: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// Starts a new peak (writes `5` to `/proc/self/clear_refs`); false where the kernel refuses.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    private static func status(_ field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix(field) })
        else { return nil }
        let digits = line.dropFirst(field.count).filter(\.isNumber)
        return Int(digits).map { $0 * 1024 }
    }
}
