import NewsGraphFormats

/// A numeric value of an `xsd` numeric literal, with SPARQL's type promotion
/// (XPath: integer < decimal < float/double).
///
/// Decimals are held as `Double`; results print without a trailing `.0`.
enum Numeric: Equatable {
    case integer(Int)
    case decimal(Double)
    case double(Double)

    static let integerTypes: Set<String> = Set(
        ["integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
         "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"].map { Vocabulary.xsd + $0 })

    /// The value of a numeric literal with a valid lexical form, else nil.
    init?(_ term: RDFTerm) {
        guard case .literal(let text, let datatype, _) = term else { return nil }
        if Self.integerTypes.contains(datatype) {
            guard let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else { return nil }
            self = .integer(value)
        } else if datatype == Vocabulary.decimal {
            guard !text.contains("e"), !text.contains("E"), let value = Double(text) else { return nil }
            self = .decimal(value)
        } else if datatype == Vocabulary.double || datatype == Vocabulary.xsd + "float" {
            guard let value = Double(text) ?? Self.special(text) else { return nil }
            self = .double(value)
        } else {
            return nil
        }
    }

    private static func special(_ text: String) -> Double? {
        switch text {
        case "INF", "+INF": .infinity
        case "-INF": -.infinity
        case "NaN": .nan
        default: nil
        }
    }

    var doubleValue: Double {
        switch self {
        case .integer(let value): Double(value)
        case .decimal(let value), .double(let value): value
        }
    }

    /// 0 integer, 1 decimal, 2 double: the promoted type of two operands is the larger.
    private var rank: Int {
        switch self {
        case .integer: 0
        case .decimal: 1
        case .double: 2
        }
    }

    /// `op:numeric-add` and friends; nil on division by zero of integers/decimals or overflow.
    static func apply(_ op: Character, _ lhs: Numeric, _ rhs: Numeric) -> Numeric? {
        let rank = max(lhs.rank, rhs.rank)
        if rank == 0, case .integer(let a) = lhs, case .integer(let b) = rhs, op != "/" {
            let (value, overflow): (Int, Bool) =
                switch op {
                case "+": a.addingReportingOverflow(b)
                case "-": a.subtractingReportingOverflow(b)
                default: a.multipliedReportingOverflow(by: b)
                }
            return overflow ? nil : .integer(value)
        }
        let a = lhs.doubleValue
        let b = rhs.doubleValue
        let value: Double =
            switch op {
            case "+": a + b
            case "-": a - b
            case "*": a * b
            default: a / b
            }
        if rank == 2 { return .double(value) }
        if op == "/" && b == 0 { return nil }
        return .decimal(value)
    }

    var negated: Numeric {
        switch self {
        case .integer(let value): .integer(-value)
        case .decimal(let value): .decimal(-value)
        case .double(let value): .double(-value)
        }
    }

    /// The literal for this value in canonical form.
    var term: RDFTerm {
        switch self {
        case .integer(let value): .literal(String(value), datatype: RDFTerm.xsdInteger, language: nil)
        case .decimal(let value): .literal(Self.format(value), datatype: Vocabulary.decimal, language: nil)
        case .double(let value): .literal(Self.format(value), datatype: Vocabulary.double, language: nil)
        }
    }

    /// Shortest round-tripping digits, whole numbers without `.0`.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        if value == value.rounded(), abs(value) < 1e18 { return String(Int(value)) }
        return String(value)
    }

    /// -1, 0 or 1; nil when either is NaN.
    static func compare(_ lhs: Numeric, _ rhs: Numeric) -> Int? {
        if case .integer(let a) = lhs, case .integer(let b) = rhs { return a < b ? -1 : (a == b ? 0 : 1) }
        let a = lhs.doubleValue
        let b = rhs.doubleValue
        if a.isNaN || b.isNaN { return nil }
        return a < b ? -1 : (a == b ? 0 : 1)
    }
}
