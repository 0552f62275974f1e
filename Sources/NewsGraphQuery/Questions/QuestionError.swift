/// Why a plain question could not be answered, with a suggestion where one helps.
///
///     no entity named 'Untied States'; did you mean 'United States'?
public struct QuestionError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case unknownEntity = "unknown entity"
        case unknownRelation = "unknown relation"
        case unknownType = "unknown type"
        case unknownKind = "unknown kind"
        case invalidOption = "invalid option"
    }

    public var code: Code
    /// The name as the user gave it.
    public var name: String
    /// The closest known name, if any is close.
    public var suggestion: String?

    public init(_ code: Code, _ name: String, suggestion: String? = nil) {
        self.code = code
        self.name = name
        self.suggestion = suggestion
    }

    public var description: String {
        let what: String =
            switch code {
            case .unknownEntity: "no entity named '\(name)'"
            case .unknownRelation: "no relation named '\(name)'"
            case .unknownType: "no node type named '\(name)' (types: Actor, WeaponSystem, Place, Statement)"
            case .unknownKind: "no node kind named '\(name)'"
            case .invalidOption: name
            }
        guard let suggestion else { return what }
        return "\(what); did you mean '\(suggestion)'?"
    }
}
