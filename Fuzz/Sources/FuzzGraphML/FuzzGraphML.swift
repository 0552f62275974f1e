import FuzzSupport
import NewsGraphFormats

/// GraphML through xmlTextReader: any input is a graph or a
/// `GraphMLReadError`; a graph that is read survives a GraphML and a JSON
/// round trip unchanged.
func fuzzGraphML(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzCheck.bytes(start, count)
    guard let graph = try? GraphMLReader().read(bytes: bytes, name: "fuzz.graphml") else { return 0 }
    GraphRoundTrip.checkGraphML(graph, "GraphML input")
    GraphRoundTrip.checkJSON(graph, "GraphML input")
    return 0
}
