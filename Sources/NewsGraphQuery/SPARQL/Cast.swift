import NewsGraphFormats

/// XPath constructor functions (`xsd:integer(?x)`, ...), SPARQL 1.1, 17.5.
enum Cast {
    static func cast(_ term: RDFTerm?, to datatype: String) -> RDFTerm? {
        guard let term else { return nil }
        let text: String
        switch term {
        case .iri(let iri):
            guard datatype == RDFTerm.xsdString else { return nil }
            text = iri
        case .literal(let lexical, _, _): text = lexical
        case .blank: return nil
        }
        let number = Numeric(term)
        switch datatype {
        case RDFTerm.xsdString: return .string(text)
        case RDFTerm.xsdInteger:
            if let number { return Int(exactly: number.doubleValue.rounded(.towardZero)).map { .integer($0) } }
            return Int(text.trimmingWhitespace).map { .integer($0) }
        case Vocabulary.decimal:
            let value = number?.doubleValue ?? Double(text.trimmingWhitespace)
            return value.map { Numeric.decimal($0).term }
        case Vocabulary.double, Vocabulary.xsd + "float":
            let value = number?.doubleValue ?? Double(text.trimmingWhitespace)
            return value.map { Numeric.double($0).term }
        case Vocabulary.boolean:
            if let number { return ExpressionEvaluator.boolean(number.doubleValue != 0) }
            switch text {
            case "true", "1": return ExpressionEvaluator.trueTerm
            case "false", "0": return ExpressionEvaluator.falseTerm
            default: return nil
            }
        default:
            return .literal(text, datatype: datatype, language: nil)
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        String(unicodeScalars.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed().map(Character.init))
    }
}
