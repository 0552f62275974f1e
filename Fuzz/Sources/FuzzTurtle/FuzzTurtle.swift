import FuzzSupport
import NewsGraphFormats
@testable import NewsGraphQuery

/// Turtle: any input is triples or a `TurtleError`; triples that are read,
/// written as N-Triples and read again are the same triples (blank nodes
/// compared by order of first use).
func fuzzTurtle(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzCheck.bytes(start, count)
    guard let triples = try? TurtleParser(base: "http://example.org/base/").parse(bytes, file: "fuzz.ttl") else { return 0 }
    let canonical = TripleCanon.relabelBlankNodes(triples)
    let written = canonical.map { triple in
        [triple.subject, triple.predicate, triple.object].map(ResultEscaping.ntriples).joined(separator: " ") + " .\n"
    }.joined()
    let again: [Triple]
    do {
        again = try TurtleParser().parse(Array(written.utf8), file: "written.nt")
    } catch {
        FuzzCheck.fail("the Turtle parser rejects the N-Triples written from what it read: \(error)\n\(written)")
    }
    FuzzCheck.require(
        TripleCanon.relabelBlankNodes(again) == canonical, "the triples changed on an N-Triples round trip:\n\(written)")
    return 0
}

/// Blank nodes renamed `b0`, `b1`, ... in order of first use, so that two
/// parses of the same graph compare equal.
enum TripleCanon {
    static func relabelBlankNodes(_ triples: [Triple]) -> [Triple] {
        var names: [String: String] = [:]
        func canonical(_ term: RDFTerm) -> RDFTerm {
            guard case .blank(let label) = term else { return term }
            if let name = names[label] { return .blank(name) }
            let name = "b\(names.count)"
            names[label] = name
            return .blank(name)
        }
        return triples.map { Triple(canonical($0.subject), canonical($0.predicate), canonical($0.object)) }
    }
}
