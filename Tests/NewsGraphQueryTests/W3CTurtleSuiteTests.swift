import Foundation
import NewsGraphFormats
import Testing

@testable import NewsGraphQuery

/// Runs the W3C RDF 1.1 Turtle test suite (read from ../shared/ref/rdf-tests,
/// next to the repository) and compares the outcome with ``knownFailures``.
struct W3CTurtleSuiteTests {
    /// Tests of the suite the parser does not pass, each with the reason.
    /// The list is exact: a test that starts passing must be removed from it.
    static let knownFailures: [String: String] = [:]

    static let suiteBase = "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/"

    static var suiteDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/ref/rdf-tests/rdf/rdf11/rdf-turtle")
    }

    struct Case {
        var name: String
        var kind: String
        var action: String
        var result: String?
    }

    @Test func suiteMatchesKnownFailures() throws {
        let directory = Self.suiteDirectory
        let manifest = directory.appendingPathComponent("manifest.ttl")
        guard FileManager.default.fileExists(atPath: manifest.path) else {
            SuiteAvailability.unavailable("the W3C Turtle test suite at \(directory.path)")
            return
        }
        let cases = try Self.cases(manifest)
        #expect(cases.count == 313)
        var failures: [String: String] = [:]
        for testCase in cases {
            if let problem = run(testCase, in: directory) { failures[testCase.name] = problem }
        }
        for (name, problem) in failures.sorted(by: { $0.key < $1.key }) where Self.knownFailures[name] == nil {
            Issue.record("\(name) fails: \(problem)")
        }
        for name in Self.knownFailures.keys.sorted() where failures[name] == nil {
            Issue.record("\(name) now passes; remove it from knownFailures")
        }
        print("W3C Turtle suite: \(cases.count - failures.count) of \(cases.count) pass")
    }

    /// Nil when the test passes, else why not.
    private func run(_ testCase: Case, in directory: URL) -> String? {
        let file = directory.appendingPathComponent(testCase.action)
        guard let bytes = try? Array(Data(contentsOf: file)) else { return "cannot read \(testCase.action)" }
        let parser = TurtleParser(base: Self.suiteBase + testCase.action)
        switch testCase.kind {
        case "TestTurtlePositiveSyntax":
            do { _ = try parser.parse(bytes) } catch { return "rejected: \(error)" }
        case "TestTurtleNegativeSyntax":
            if (try? parser.parse(bytes)) != nil { return "accepted a document with a syntax error" }
        case "TestTurtleEval":
            do {
                let actual = try parser.parse(bytes)
                guard let result = testCase.result else { return "no result file" }
                let expectedBytes = try Array(Data(contentsOf: directory.appendingPathComponent(result)))
                let expected = try TurtleParser().parse(expectedBytes)
                if !Isomorphism.isomorphic(actual, expected) { return "triples differ from \(result)" }
            } catch {
                return "error: \(error)"
            }
        default:
            return "unknown test type \(testCase.kind)"
        }
        return nil
    }

    /// The manifest's tests, read with the parser under test.
    static func cases(_ manifest: URL) throws -> [Case] {
        let triples = try TurtleParser(base: suiteBase + "manifest.ttl").parse(Array(Data(contentsOf: manifest)))
        let mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
        var bySubject: [RDFTerm: [String: RDFTerm]] = [:]
        for triple in triples {
            guard case .iri(let predicate) = triple.predicate else { continue }
            bySubject[triple.subject, default: [:]][predicate] = triple.object
        }
        func local(_ term: RDFTerm?) -> String? {
            guard case .iri(let iri) = term, iri.hasPrefix(suiteBase) else { return nil }
            return String(iri.dropFirst(suiteBase.count))
        }
        return bySubject.values.compactMap { properties -> Case? in
            guard case .iri(let type) = properties["http://www.w3.org/1999/02/22-rdf-syntax-ns#type"],
                type.hasPrefix("http://www.w3.org/ns/rdftest#Test"),
                case .literal(let name, _, _) = properties[mf + "name"], let action = local(properties[mf + "action"])
            else { return nil }
            let kind = String(type.dropFirst("http://www.w3.org/ns/rdftest#".count))
            return Case(name: name, kind: kind, action: action, result: local(properties[mf + "result"]))
        }.sorted { $0.name < $1.name }
    }
}
