/// A parsed JSON value (RFC 8259), for the JSON texts inside GraphML data.
///
/// Numbers are kept only when they are integers; that is all the texts
/// newsgraph writes hold.
enum GraphMLJSONValue: Equatable {
    case string(String)
    case integer(Int)
    case array([GraphMLJSONValue])
    /// Members in document order.
    case object([(String, GraphMLJSONValue)])
    case other

    static func == (lhs: GraphMLJSONValue, rhs: GraphMLJSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        case (.other, .other): true
        default: false
        }
    }

    /// The member `name` of an object.
    subscript(name: String) -> GraphMLJSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == name }?.1
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    var array: [GraphMLJSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }

    /// Parses `text`; nil when it is not one JSON value.
    static func parse(_ text: String) -> GraphMLJSONValue? {
        var parser = GraphMLJSONParser(Array(text.utf8))
        guard let value = parser.value(), parser.atEnd else { return nil }
        return value
    }
}

/// A recursive-descent JSON parser over UTF-8 bytes (RFC 8259 §2–§7).
struct GraphMLJSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool {
        mutating get {
            skipSpace()
            return index == bytes.count
        }
    }

    mutating func value() -> GraphMLJSONValue? {
        skipSpace()
        guard index < bytes.count, depth < 64 else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "\""): return string().map(GraphMLJSONValue.string)
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
        default: return literal()
        }
    }

    private mutating func array() -> GraphMLJSONValue? {
        index += 1
        depth += 1
        defer { depth -= 1 }
        var values: [GraphMLJSONValue] = []
        if consume(UInt8(ascii: "]")) { return .array(values) }
        repeat {
            guard let value = value() else { return nil }
            values.append(value)
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "]")) ? .array(values) : nil
    }

    private mutating func object() -> GraphMLJSONValue? {
        index += 1
        depth += 1
        defer { depth -= 1 }
        var members: [(String, GraphMLJSONValue)] = []
        if consume(UInt8(ascii: "}")) { return .object(members) }
        repeat {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let name = string(),
                consume(UInt8(ascii: ":")), let value = value()
            else { return nil }
            members.append((name, value))
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}")) ? .object(members) : nil
    }

    private mutating func number() -> GraphMLJSONValue? {
        let start = index
        while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if let integer = Int(text) { return .integer(integer) }
        return Double(text) == nil ? nil : .other
    }

    private mutating func literal() -> GraphMLJSONValue? {
        for word in ["true", "false", "null"] where bytes[index...].starts(with: word.utf8) {
            index += word.utf8.count
            return .other
        }
        return nil
    }

    /// A string starting at the opening quote; escapes decoded, surrogate pairs joined.
    private mutating func string() -> String? {
        index += 1
        let start = index
        // The common case: no escapes, one slice of the input.
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
            if bytes[index] < 0x20 { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        var out = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            if byte == UInt8(ascii: "\\") {
                guard let scalar = escape() else { return nil }
                out.append(contentsOf: String(scalar).utf8)
            } else {
                out.append(byte)
                index += 1
            }
        }
        return nil
    }

    /// The escape at `index` (a backslash); moves past it.
    private mutating func escape() -> Unicode.Scalar? {
        guard index + 1 < bytes.count else { return nil }
        let letter = bytes[index + 1]
        index += 2
        switch letter {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"): return unicodeEscape()
        default: return nil
        }
    }

    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hex4() else { return nil }
        if (0xD800..<0xDC00).contains(high) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { return nil }
            index += 2
            guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        }
        return Unicode.Scalar(high)
    }

    private mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { return nil }
        index += 4
        return value
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }
}
