import FuzzSupport
import NewsGraphFormats

/// JSON Graph Format: any input is a graph or a `JSONGraphReadError`; a graph
/// that is read survives a JSON and a GraphML round trip unchanged.
func fuzzJSONGraph(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzCheck.bytes(start, count)
    guard let graph = try? JSONGraphReader().read(bytes, file: "fuzz.json") else { return 0 }
    GraphRoundTrip.checkJSON(graph, "JSON input")
    GraphRoundTrip.checkGraphML(graph, "JSON input")
    return 0
}
