import Foundation

/// The benchmark's table and ratios.
enum Report {
    /// Which baseline each of our writers is compared with, and the speed-up it must reach.
    static let targets: [(ours: String, theirs: String, factor: Double)] = [
        ("GraphML", "igraph GraphML", 1), ("GraphML", "networkx GraphML", 10),
        ("DOT", "igraph DOT", 1), ("Turtle", "pyoxigraph Turtle", 1),
    ]

    static func print(_ ours: [Measurement], baselines: [Measurement], edges: Int, graphResident: Int) {
        Swift.print("")
        Swift.print(
            pad("writer", 22) + pad("seconds", 10) + pad("CPU s", 10) + pad("MB", 10) + pad("MB/s", 10) + pad("peak RSS", 12)
                + pad("B/edge (peak)", 15) + pad("writer's own", 14) + "B/edge (file)")
        for result in ours + baselines {
            let peak = result.peakResident.map { mebibytes($0) } ?? "-"
            let perEdge = result.peakResident.map { String($0 / max(edges, 1)) } ?? "-"
            let own = result.peakResident.map { mebibytes(max(0, $0 - graphResident)) } ?? "-"
            Swift.print(
                pad(result.name, 22) + pad(String(format: "%.2f", result.seconds), 10)
                    + pad(String(format: "%.2f", result.cpuSeconds), 10)
                    + pad(String(format: "%.1f", Double(result.bytes) / 1e6), 10)
                    + pad(String(format: "%.0f", result.megabytesPerSecond), 10) + pad(peak, 12)
                    + pad(perEdge, 15) + pad(own, 14) + String(result.bytes / max(edges, 1)))
        }
        Swift.print(
            "(peak RSS: the whole process while the writer ran, the graph's \(mebibytes(graphResident)) included; "
                + "writer's own: the peak above that; CPU s: user + system; best of the runs)")
        Swift.print("")
        for target in targets {
            guard let mine = ours.first(where: { $0.name == target.ours }),
                let theirs = baselines.first(where: { $0.name == target.theirs })
            else { continue }
            let ratio = theirs.cpuSeconds / mine.cpuSeconds
            let wallRatio = theirs.seconds / mine.seconds
            let verdict = ratio >= target.factor ? "met" : "MISSED"
            Swift.print(
                "\(target.ours) vs \(target.theirs): \(String(format: "%.1f", ratio))× faster in CPU time, "
                    + "\(String(format: "%.1f", wallRatio))× in wall time "
                    + "(target ≥ \(String(format: "%.0f", target.factor))×: \(verdict))")
        }
        for result in ours {
            guard let peak = result.peakResident else { continue }
            let perEdge = peak / max(edges, 1)
            Swift.print("\(result.name) peak memory: \(perEdge) B/edge (target < 300: \(perEdge < 300 ? "met" : "MISSED"))")
        }
    }

    static func seconds(_ duration: Duration) -> String {
        String(format: "%.2f s", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }

    static func mebibytes(_ bytes: Int) -> String { String(format: "%.0f MiB", Double(bytes) / 1_048_576) }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
