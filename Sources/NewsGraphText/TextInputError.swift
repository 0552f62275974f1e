/// An input that cannot be read as an article.
public struct TextInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: Sendable, Hashable {
        /// The content is mostly NUL and control bytes, or a known binary format.
        case binary
    }

    public let code: Code
    /// The path or name of the input.
    public let source: String

    public static func binary(source: String) -> TextInputError { TextInputError(code: .binary, source: source) }

    public var description: String {
        switch code {
        case .binary: "\(source) looks like a binary file, not an article; give a plain-text (UTF-8) or HTML file"
        }
    }
}
