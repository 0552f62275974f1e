import NewsGraphSyntax

/// The syntax model: the built-in one, or a file written by `newsgraph-train` (a hidden option for trying models).
enum SyntaxModelOption {
    static func load(_ path: String?) throws -> SyntaxModel {
        guard let path else {
            return try SyntaxModel.builtIn.mapError { CLIError($0.description) }.get()
        }
        do {
            return try SyntaxModel(bytes: InputFile.read(path))
        } catch let error as SyntaxModelError {
            throw CLIError("\(path): \(error)")
        }
    }
}
