import Foundation
import TestSupport
import Testing

/// Runs queries through pyoxigraph (a real SPARQL engine) on a Turtle file.
enum Oxigraph {
    static let script = #"""
        import json, sys
        import pyoxigraph as ox

        def term(t):
            if t is None:
                return None
            if isinstance(t, ox.NamedNode):
                return ["iri", t.value]
            if isinstance(t, ox.BlankNode):
                return ["blank"]
            return ["literal", t.value, t.datatype.value, t.language or ""]

        request = json.load(sys.stdin)
        store = ox.Store()
        store.load(path=request["file"], format=ox.RdfFormat.TURTLE)
        answers = []
        for query in request["queries"]:
            try:
                result = store.query(query)
            except Exception as error:
                answers.append({"error": str(error)})
                continue
            if isinstance(result, ox.QueryBoolean):
                answers.append({"boolean": bool(result)})
                continue
            names = [v.value for v in result.variables]
            rows = []
            for solution in result:
                row = {}
                for name in names:
                    value = term(solution[name])
                    if value is not None:
                        row[name] = value
                rows.append(row)
            answers.append({"rows": rows})
        json.dump(answers, sys.stdout)
        """#

    struct Answer: Decodable {
        var boolean: Bool?
        var rows: [[String: [String]]]?
        var error: String?
    }

    /// The answers to `queries` over `file`, or nil when pyoxigraph is missing (reported).
    static func answers(file: String, queries: [String]) throws -> [Answer]? {
        let request = try JSONSerialization.data(withJSONObject: ["file": file, "queries": queries])
        let probe = try run(["-c", "import pyoxigraph"], input: Data())
        guard let probe, probe.status == 0 else {
            SuiteAvailability.unavailable("python3 with pyoxigraph (pip install pyoxigraph)")
            return nil
        }
        guard let result = try run(["-c", script], input: request), result.status == 0 else {
            Issue.record("pyoxigraph failed")
            return nil
        }
        return try JSONDecoder().decode([Answer].self, from: result.stdout)
    }

    private static func run(_ arguments: [String], input: Data) throws -> (status: Int32, stdout: Data)? {
        guard let python = Subprocess.which("python3") else { return nil }
        let result = try Subprocess.run(URL(fileURLWithPath: python), arguments, input: input)
        return (result.status, result.stdout)
    }
}
