import Foundation
import Testing

/// Where an external test input or tool is missing: a visible note, or a
/// failure when the environment variable `CI` is set.
enum SuiteAvailability {
    static func unavailable(_ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("\(what) is required when CI is set", sourceLocation: sourceLocation)
        } else {
            print("note: skipped: \(what) is not available")
        }
    }
}
