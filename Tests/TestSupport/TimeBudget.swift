import Foundation

/// Time limits of the tests that guard against runaway (quadratic) cost,
/// stretched under the sanitizers: scripts/test.sh sets
/// `NEWSGRAPH_TEST_TIME_SCALE` for the AddressSanitizer and ThreadSanitizer
/// runs, which are several times slower.
public enum TimeBudget {
    /// `duration` times the scale (1 unless the environment says otherwise).
    public static func scaled(_ duration: Duration) -> Duration {
        let text = ProcessInfo.processInfo.environment["NEWSGRAPH_TEST_TIME_SCALE"] ?? "1"
        return duration * max(Double(text) ?? 1, 1)
    }
}
