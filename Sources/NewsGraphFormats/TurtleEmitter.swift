/// Writes a stream of triples as Turtle for the duration of one write: the
/// `@prefix` lines, then each subject's triples grouped with `;` (same
/// subject) and `,` (same predicate), `a` for `rdf:type`.
///
/// Triples of one subject must come together (``RDFMapping`` guarantees it);
/// a subject that comes back starts a new block, which is still valid Turtle.
struct TurtleEmitter: RDFTripleHandler {
    private var out: OutputBuffer
    private var scratch: [UInt8] = []
    private var previousSubject: RDFMappedTerm?
    private var previousPredicate: RDFMappedTerm?
    private let prefixes: [[UInt8]]
    private let namespaceIRIs: [[UInt8]]

    /// Starts the document with one `@prefix` line per ``RDFNamespace``.
    init(_ sink: ByteSink) {
        out = OutputBuffer(sink)
        scratch.reserveCapacity(256)
        prefixes = RDFNamespace.allCases.map { Array($0.prefix.utf8) }
        namespaceIRIs = RDFNamespace.allCases.map { Array($0.iri.utf8) }
        for namespace in RDFNamespace.allCases {
            out.append("@prefix ")
            out.append(contentsOf: prefixes[namespace.rawValue])
            out.append(": <")
            out.append(contentsOf: namespaceIRIs[namespace.rawValue])
            out.append("> .\n")
        }
    }

    mutating func triple(_ subject: RDFMappedTerm, _ predicate: RDFMappedTerm, _ object: RDFMappedTerm) throws {
        if let previousSubject, previousSubject == subject {
            if let previousPredicate, previousPredicate == predicate {
                out.append(" ,\n        ")
            } else {
                out.append(" ;\n    ")
                writePredicate(predicate)
                out.append(0x20)
                previousPredicate = predicate
            }
        } else {
            out.append(previousSubject == nil ? "\n" : " .\n\n")
            write(subject)
            out.append(0x20)
            writePredicate(predicate)
            out.append(0x20)
            previousSubject = subject
            previousPredicate = predicate
        }
        write(object)
        try out.flushIfFull()
    }

    /// Ends the last statement and flushes the sink.
    mutating func finish() throws {
        if previousSubject != nil { out.append(" .\n") }
        try out.finish()
    }

    private mutating func writePredicate(_ predicate: RDFMappedTerm) {
        if case .name(.rdf, .term("type")) = predicate {
            out.append(0x61)
        } else {
            write(predicate)
        }
    }

    private mutating func write(_ term: RDFMappedTerm) {
        switch term {
        case .name(let namespace, let local):
            scratch.removeAll(keepingCapacity: true)
            local.append(to: &scratch)
            if TurtleEscaping.isPrefixedLocal(scratch) {
                out.append(contentsOf: prefixes[namespace.rawValue])
                out.append(0x3A)
                out.append(contentsOf: scratch)
            } else {
                // Local names are ASCII and percent-encoded: valid inside IRIREF as they are.
                out.append(0x3C)
                out.append(contentsOf: namespaceIRIs[namespace.rawValue])
                out.append(contentsOf: scratch)
                out.append(0x3E)
            }
        case .iri(let iri):
            scratch.removeAll(keepingCapacity: true)
            TurtleEscaping.appendIRIContent(iri, to: &scratch)
            out.append(0x3C)
            out.append(contentsOf: scratch)
            out.append(0x3E)
        case .string(let value):
            scratch.removeAll(keepingCapacity: true)
            TurtleEscaping.appendStringContent(value, to: &scratch)
            out.append(0x22)
            out.append(contentsOf: scratch)
            out.append(0x22)
        case .integer(let value):
            out.appendDecimal(value)
        }
    }
}
