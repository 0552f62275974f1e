/// Skipping values the caller does not need.
extension JSONParser {
    /// Skips the value that comes next, however deeply nested (within
    /// ``maximumDepth``), checking its syntax; iterative, so deep nesting
    /// cannot overflow the stack.
    mutating func skipValue() throws {
        var open: [UInt8] = []  // the closing bracket of each open container
        while true {
            // A value.
            skipWhitespace()
            switch peek() {
            case 0x7B, 0x5B:
                guard depth + open.count < maximumDepth else {
                    throw error("the document nests deeper than \(maximumDepth) levels")
                }
                let isObject = peek() == 0x7B
                open.append(isObject ? 0x7D : 0x5D)
                offset += 1
                skipWhitespace()
                if peek() == open[open.count - 1] {
                    offset += 1
                    open.removeLast()
                } else {
                    if isObject { try skipMemberName() }
                    continue
                }
            default:
                try skipScalar()
            }
            // What may follow a value: a comma (and a member name) or closing brackets.
            while let close = open.last {
                skipWhitespace()
                if peek() == 0x2C {
                    offset += 1
                    if close == 0x7D { try skipMemberName() }
                    break
                }
                guard peek() == close else {
                    throw error("expected ',' or '\(close == 0x7D ? "}" : "]")', found \(describeNext())")
                }
                offset += 1
                open.removeLast()
            }
            if open.isEmpty { return }
        }
    }

    private mutating func skipMemberName() throws {
        skipWhitespace()
        guard peek() == 0x22 else { throw error("expected a member name in double quotes") }
        _ = try readString()
        skipWhitespace()
        guard peek() == 0x3A else { throw error("expected ':' after the member name") }
        offset += 1
    }

    private mutating func skipScalar() throws {
        switch try peekKind() {
        case .string: _ = try readString()
        case .number: _ = try scanNumber()
        case .bool: _ = try readBool()
        case .null: if !readNull() { throw error("expected null, found \(describeNext())") }
        case .object, .array: break
        }
    }
}
