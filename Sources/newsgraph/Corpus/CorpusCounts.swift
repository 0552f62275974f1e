/// How far a corpus run has come.
struct CorpusCounts: Sendable, Equatable {
    /// Articles handed to extraction.
    var read = 0
    /// Articles extracted.
    var extracted = 0
    /// Articles (or inputs) skipped.
    var skipped = 0
    /// Input bytes of the articles extracted.
    var bytes = 0
    /// Articles in all inputs, where known before reading (not for JSON Lines or standard input).
    var expectedArticles: Int?
    /// Bytes in all inputs, where known before reading.
    var expectedBytes: Int?

    /// `2,224 articles read, 2,224 extracted, 1 skipped`: skipped counts the
    /// articles and the other inputs (folders, links) left out.
    var summary: String {
        "\(Self.grouped(read)) articles read, \(Self.grouped(extracted)) extracted, \(Self.grouped(skipped)) skipped"
    }

    /// A progress line: a bar, articles done (of the total where known),
    /// articles/s, MB/s and the time left.
    ///
    ///     [########------------]  1,112/2,225 articles  1,240 articles/s  2.8 MB/s  ETA 0:01
    func progressLine(seconds: Double, width: Int = 20) -> String {
        let fraction: Double? =
            if let expectedBytes, expectedBytes > 0 { min(1, Double(bytes) / Double(expectedBytes)) }
            else if let expectedArticles, expectedArticles > 0 { min(1, Double(extracted) / Double(expectedArticles)) }
            else { nil }
        let filled = Int((fraction ?? 0) * Double(width))
        let bar = fraction == nil ? "" : "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]  "
        let total = expectedArticles.map { "/" + Self.grouped($0) } ?? ""
        var line = "\(bar)\(Self.grouped(extracted))\(total) articles  " + rates(seconds: seconds, separator: "  ")
        if let fraction, fraction > 0, seconds > 0 {
            line += "  ETA " + Self.clock(seconds * (1 - fraction) / fraction)
        }
        return line
    }

    /// `1,240 articles/s, 2.8 MB/s` (MB of input, 2^20 bytes).
    func rates(seconds: Double, separator: String = ", ") -> String {
        let rate = seconds > 0 ? Double(extracted) / seconds : 0
        let megabytes = seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0
        return "\(Self.grouped(Int(rate))) articles/s\(separator)\(Self.tenths(megabytes)) MB/s"
    }

    /// `1,234,567`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (n < 0 ? "-" : "") + out
    }

    static func tenths(_ value: Double) -> String {
        let scaled = Int((value * 10).rounded())
        return "\(scaled / 10).\(scaled % 10)"
    }

    /// `m:ss`, or `h:mm:ss` from an hour on.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let ss = secs < 10 ? "0\(secs)" : "\(secs)"
        if hours > 0 { return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(ss)" }
        return "\(minutes):\(ss)"
    }
}
