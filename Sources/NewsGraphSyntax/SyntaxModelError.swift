/// A model file that cannot be used: what is wrong and what to do.
public struct SyntaxModelError: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
