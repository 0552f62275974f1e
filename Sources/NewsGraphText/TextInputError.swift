/// An input that cannot be read as an article.
public struct TextInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: Sendable, Hashable {
        /// The content is mostly NUL and control bytes, or a known binary format.
        case binary
        /// A web page larger than ``DocumentReader/maximumPageSize``.
        case pageTooLarge(size: Int)
    }

    public let code: Code
    /// The path or name of the input.
    public let source: String

    public static func binary(source: String) -> TextInputError { TextInputError(code: .binary, source: source) }

    public static func pageTooLarge(source: String, size: Int) -> TextInputError {
        TextInputError(code: .pageTooLarge(size: size), source: source)
    }

    public var description: String {
        switch code {
        case .binary: "\(source) looks like a binary file, not an article; give a plain-text (UTF-8) or HTML file"
        case .pageTooLarge(let size):
            "\(source) is a web page of \(size) bytes, more than the \(DocumentReader.maximumPageSize) a page may have; "
                + "save the article's text instead (plain text has no size limit)"
        }
    }
}
