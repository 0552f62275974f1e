import NewsGraphFormats

/// Escaping for the result formats, one pure function per grammar rule.
enum ResultEscaping {
    /// A JSON string with quotes (RFC 8259, section 7): `"`, `\` and control characters escaped.
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += "\\u" + hex4(scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A CSV field (RFC 4180, section 2 rules 5–7): quoted when it holds `,` `"` CR or LF, quotes doubled.
    static func csv(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        var out = "\""
        for character in text {
            out += character == "\"" ? "\"\"" : String(character)
        }
        return out + "\""
    }

    /// A plain TSV cell: tab, newline, carriage return and backslash as `\t` `\n` `\r` `\\`.
    static func tsv(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A term in N-Triples syntax, as SPARQL 1.1 TSV results write it
    /// (N-Triples `STRING_LITERAL_QUOTE` with `ECHAR`, `IRIREF` with `UCHAR`).
    static func ntriples(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): return "<" + iriEscaped(iri) + ">"
        case .blank(let label): return "_:" + blankLabel(label)
        case .literal(let text, let datatype, let language):
            let quoted = "\"" + literalEscaped(text) + "\""
            if let language { return quoted + "@" + language }
            if datatype == RDFTerm.xsdString { return quoted }
            return quoted + "^^<" + iriEscaped(datatype) + ">"
        }
    }

    /// `ECHAR` for `"`, `\`, LF, CR and TAB inside a quoted literal (N-Triples rule [153s]).
    static func literalEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `UCHAR` for the characters an `IRIREF` may not hold (N-Triples rule [8]).
    static func iriEscaped(_ iri: String) -> String {
        var out = ""
        for scalar in iri.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                out += "\\u" + hex4(scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A blank node label that is a valid `BLANK_NODE_LABEL`: other characters become `_`.
    static func blankLabel(_ label: String) -> String {
        let scalars = label.unicodeScalars.map { scalar -> Unicode.Scalar in
            TurtleCharacters.isNameChar(scalar.value) ? scalar : "_"
        }
        return scalars.isEmpty ? "b" : String(String.UnicodeScalarView(scalars))
    }

    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// How a term reads in a table or CSV: the IRI, the literal's text, `_:label`.
    static func plain(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): iri
        case .blank(let label): "_:" + blankLabel(label)
        case .literal(let text, _, _): text
        }
    }
}
