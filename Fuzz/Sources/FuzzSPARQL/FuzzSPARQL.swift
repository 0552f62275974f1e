import FuzzSupport
import NewsGraphQuery

/// SPARQL queries: any text is a query or a `SPARQLError` with a line and
/// column, never a crash, whatever the nesting.
func fuzzSPARQL(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: FuzzCheck.bytes(start, count), as: UTF8.self)
    do {
        _ = try SPARQLQuery(text)
    } catch let error as SPARQLError {
        FuzzCheck.require(error.line >= 1 && error.column >= 1, "a SPARQL error without a place: \(error)")
    } catch {
        FuzzCheck.fail("the SPARQL parser threw something other than a SPARQLError: \(error)")
    }
    return 0
}
