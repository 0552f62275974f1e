import NewsGraphFormats

/// A string argument of a string function: its text and language tag.
struct StringValue {
    var text: String
    var language: String?

    /// Simple literals, `xsd:string` and language-tagged strings; nil for anything else.
    init?(_ term: RDFTerm?) {
        guard case .literal(let text, let datatype, let language)? = term,
            datatype == RDFTerm.xsdString || datatype == RDFTerm.langString
        else { return nil }
        self.text = text
        self.language = language
    }

    /// A literal with this one's language (or none).
    func with(_ text: String) -> RDFTerm {
        language.map { RDFTerm.text(text, language: $0) } ?? .string(text)
    }

    /// Argument compatibility (SPARQL 1.1, 17.4.3.1.1): both plain, or the
    /// same language, or a tagged first argument with a plain second.
    func isCompatible(with other: StringValue) -> Bool {
        other.language == nil || other.language == language
    }
}

extension ExpressionEvaluator {
    /// A built-in function or cast (SPARQL 1.1, 17.4).
    func call(_ name: String, _ arguments: [Expression], _ row: ArraySlice<UInt32>) -> RDFTerm? {
        switch name {
        case "IF":
            guard let condition = effectiveBoolean(arguments[0], row) else { return nil }
            return evaluate(arguments[condition ? 1 : 2], row)
        case "COALESCE":
            return arguments.lazy.compactMap { self.evaluate($0, row) }.first
        default:
            var values: [RDFTerm?] = []
            values.reserveCapacity(arguments.count)
            for argument in arguments { values.append(evaluate(argument, row)) }
            return callStrict(name, values)
        }
    }

    private func callStrict(_ name: String, _ values: [RDFTerm?]) -> RDFTerm? {
        if name.hasPrefix("http") { return Cast.cast(values.first ?? nil, to: name) }
        if let result = termFunction(name, values) { return result }
        return stringFunction(name, values)
    }

    /// Functions on terms: tests, accessors, numbers.
    private func termFunction(_ name: String, _ values: [RDFTerm?]) -> RDFTerm?? {
        let first = values.first ?? nil
        switch name {
        case "STR":
            switch first {
            case .iri(let iri)?: return .some(.string(iri))
            case .literal(let text, _, _)?: return .some(.string(text))
            default: return .some(nil)
            }
        case "LANG":
            guard case .literal(_, _, let language)? = first else { return .some(nil) }
            return .some(.string(language ?? ""))
        case "DATATYPE":
            guard case .literal(_, let datatype, _)? = first else { return .some(nil) }
            return .some(.iri(datatype))
        case "IRI", "URI":
            if case .iri? = first { return .some(first) }
            return .some(StringValue(first).map { .iri($0.text) })
        case "ISIRI", "ISURI":
            guard let first else { return .some(nil) }
            if case .iri = first { return .some(Self.trueTerm) }
            return .some(Self.falseTerm)
        case "ISBLANK":
            guard let first else { return .some(nil) }
            if case .blank = first { return .some(Self.trueTerm) }
            return .some(Self.falseTerm)
        case "ISLITERAL":
            guard let first else { return .some(nil) }
            if case .literal = first { return .some(Self.trueTerm) }
            return .some(Self.falseTerm)
        case "ISNUMERIC":
            guard let first else { return .some(nil) }
            return .some(Self.boolean(Numeric(first) != nil))
        case "SAMETERM":
            guard let first, let second = values[1] else { return .some(nil) }
            return .some(Self.boolean(first == second))
        case "ABS", "CEIL", "FLOOR", "ROUND":
            return .some(first.flatMap(Numeric.init).map { Self.round(name, $0).term })
        case "YEAR", "MONTH", "DAY":
            return .some(datePart(name, first))
        default:
            return nil
        }
    }

    private static func round(_ name: String, _ number: Numeric) -> Numeric {
        func apply(_ value: Double) -> Double {
            switch name {
            case "ABS": abs(value)
            case "CEIL": value.rounded(.up)
            case "FLOOR": value.rounded(.down)
            default: (value + 0.5).rounded(.down)
            }
        }
        switch number {
        case .integer(let value): return name == "ABS" ? .integer(abs(value)) : number
        case .decimal(let value): return .decimal(apply(value))
        case .double(let value): return .double(apply(value))
        }
    }

    private func datePart(_ name: String, _ term: RDFTerm?) -> RDFTerm? {
        guard case .literal(let text, let datatype, _)? = term,
            datatype == Vocabulary.xsd + "dateTime" || datatype == Vocabulary.xsd + "date"
        else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let index = name == "YEAR" ? 0 : (name == "MONTH" ? 1 : 2)
        guard parts.count > index, let value = Int(parts[index].prefix(index == 0 ? 4 : 2)) else { return nil }
        return .integer(value)
    }

    /// String functions (SPARQL 1.1, 17.4.3).
    private func stringFunction(_ name: String, _ values: [RDFTerm?]) -> RDFTerm? {
        if name == "CONCAT" { return concat(values) }
        if name == "LANGMATCHES" { return langMatches(values) }
        if name == "STRLANG" || name == "STRDT" { return construct(name, values) }
        if name == "REGEX" || name == "REPLACE" { return regexFunction(name, values) }
        guard let first = StringValue(values.first ?? nil) else { return nil }
        switch name {
        case "STRLEN": return .integer(first.text.unicodeScalars.count)
        case "UCASE": return first.with(first.text.uppercased())
        case "LCASE": return first.with(first.text.lowercased())
        case "ENCODE_FOR_URI": return .string(Self.encodeForURI(first.text))
        case "SUBSTR": return substring(first, values)
        default: break
        }
        guard let second = StringValue(values[1]), first.isCompatible(with: second) else { return nil }
        switch name {
        case "CONTAINS": return Self.boolean(second.text.isEmpty || first.text.contains(second.text))
        case "STRSTARTS": return Self.boolean(first.text.unicodeScalars.starts(with: second.text.unicodeScalars))
        case "STRENDS": return Self.boolean(first.text.unicodeScalars.reversed().starts(with: second.text.unicodeScalars.reversed()))
        case "STRBEFORE":
            guard !second.text.isEmpty else { return first.with("") }
            guard let range = first.text.range(of: second.text) else { return .string("") }
            return first.with(String(first.text[..<range.lowerBound]))
        case "STRAFTER":
            guard !second.text.isEmpty else { return first.with(first.text) }
            guard let range = first.text.range(of: second.text) else { return .string("") }
            return first.with(String(first.text[range.upperBound...]))
        default: return nil
        }
    }

    private func concat(_ values: [RDFTerm?]) -> RDFTerm? {
        var text = ""
        var languages: Set<String?> = []
        for value in values {
            guard let string = StringValue(value) else { return nil }
            text += string.text
            languages.insert(string.language)
        }
        if languages.count == 1, let language = languages.first ?? nil { return .text(text, language: language) }
        return .string(text)
    }

    private func langMatches(_ values: [RDFTerm?]) -> RDFTerm? {
        guard case .literal(let tag, _, nil)? = values[0], case .literal(let range, _, nil)? = values[1] else { return nil }
        if range == "*" { return Self.boolean(!tag.isEmpty) }
        let t = tag.lowercased()
        let r = range.lowercased()
        return Self.boolean(t == r || t.hasPrefix(r + "-"))
    }

    private func construct(_ name: String, _ values: [RDFTerm?]) -> RDFTerm? {
        guard case .literal(let text, RDFTerm.xsdString, nil)? = values[0] else { return nil }
        if name == "STRLANG" {
            guard case .literal(let tag, _, nil)? = values[1], !tag.isEmpty else { return nil }
            return .text(text, language: tag)
        }
        guard case .iri(let datatype)? = values[1] else { return nil }
        return .literal(text, datatype: datatype, language: nil)
    }

    private func regexFunction(_ name: String, _ values: [RDFTerm?]) -> RDFTerm? {
        guard let text = StringValue(values[0]), case .literal(let pattern, RDFTerm.xsdString, nil)? = values[1] else {
            return nil
        }
        let flagIndex = name == "REGEX" ? 2 : 3
        var flags = ""
        if values.count > flagIndex {
            guard case .literal(let given, RDFTerm.xsdString, nil)? = values[flagIndex] else { return nil }
            flags = given
        }
        if name == "REGEX" { return regexes.matches(text.text, pattern, flags: flags).map(Self.boolean) }
        guard case .literal(let template, RDFTerm.xsdString, nil)? = values[2] else { return nil }
        return regexes.replace(text.text, pattern, template, flags: flags).map(text.with)
    }

    /// `SUBSTR(str, start [, length])`: 1-based, counted in code points (XPath fn:substring).
    private func substring(_ string: StringValue, _ values: [RDFTerm?]) -> RDFTerm? {
        guard let start = values[1].flatMap(Numeric.init)?.doubleValue else { return nil }
        let scalars = Array(string.text.unicodeScalars)
        let first = (start + 0.5).rounded(.down)
        var last = Double.infinity
        if values.count > 2 {
            guard let length = values[2].flatMap(Numeric.init)?.doubleValue else { return nil }
            last = first + (length + 0.5).rounded(.down)
        }
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() where Double(index + 1) >= first && Double(index + 1) < last {
            out.append(scalar)
        }
        return string.with(String(out))
    }

    /// `ENCODE_FOR_URI`: percent-encodes all but the RFC 3986 unreserved characters.
    static func encodeForURI(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let c = UnicodeScalar(byte)
            if byte < 0x80, c.properties.isAlphabetic || ("0"..."9").contains(c) || "-._~".unicodeScalars.contains(c) {
                out.unicodeScalars.append(c)
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
