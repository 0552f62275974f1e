import Foundation
import LibXML
import NewsGraphCore
import Testing

@testable import NewsGraphFormats

/// The documented limits of the JSON and GraphML readers: each passed limit
/// is an error naming the file and the place, never a stack overflow or a
/// read of the whole input into memory.
struct ReaderLimitTests {
    @Test("10 million nested JSON arrays stop at the depth limit, with the place")
    func tenMillionNestedArrays() {
        let prefix = #"{"graph": {"metadata": {"x": "#
        let bytes = Array(prefix.utf8) + [UInt8](repeating: UInt8(ascii: "["), count: 10_000_000)
        #expect {
            _ = try JSONGraphReader().read(bytes, file: "deep.json")
        } throws: { error in
            guard let error = error as? JSONGraphReadError else { return false }
            // The 513th open bracket: the three objects and 509 arrays before it are the 512 allowed.
            return error.file == "deep.json" && error.line == 1 && error.column == prefix.count + 510
                && error.message.contains("nests deeper than 512 levels")
        }
    }

    @Test("a JSON string longer than 16 MiB is an error at its opening quote")
    func longString() throws {
        let prefix = #"{"graph": {"nodes": {"a": {"label": ""#
        var bytes = Array(prefix.utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: JSONGraphReader.maximumStringLength + 1)
        bytes += Array(#"", "metadata": {"type": "Actor"}}}}}"#.utf8)
        #expect {
            _ = try JSONGraphReader().read(bytes, file: "long.json")
        } throws: { error in
            guard let error = error as? JSONGraphReadError else { return false }
            return error.line == 1 && error.column == prefix.count && error.message.contains("longer than the limit of 16777216")
        }
        // At the limit it reads.
        var fits = Array(prefix.utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: JSONGraphReader.maximumStringLength)
        fits += Array(#"", "metadata": {"type": "Actor"}}}}}"#.utf8)
        #expect(try JSONGraphReader().read(fits).nodes.first?.label.utf8.count == JSONGraphReader.maximumStringLength)
    }

    @Test("100,000 nested GraphML elements stop at libxml2's depth limit, with the line")
    func deepGraphML() {
        let head = #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>"#
        let text = head + "\n" + String(repeating: "<desc>", count: 100_000) + String(repeating: "</desc>", count: 100_000)
            + "</graph></graphml>"
        #expect {
            _ = try GraphMLReader().read(bytes: Array(text.utf8), name: "deep.graphml")
        } throws: { error in
            guard let error = error as? GraphMLReadError else { return false }
            return error.file == "deep.graphml" && error.line == 2 && error.column > 0
                && error.message.contains("nest deeper than \(XMLLimits.maximumDepth) levels")
        }
    }

    /// A GraphML file whose second line opens a node with an `id` of `size` bytes.
    static func fileWithAttribute(of size: Int) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-attribute-\(size).graphml")
        try Data().write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        handle.write(Data((#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>"# + "\n<node id=\"").utf8))
        let block = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<(size >> 20) { handle.write(block) }
        handle.write(Data("\"/></graph></graphml>\n".utf8))
        return url
    }

    @Test("a 500 MB attribute is refused at its line after reading 10 MB, in flat memory")
    func hugeAttribute() throws {
        let url = try Self.fileWithAttribute(of: 500 << 20)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            _ = try GraphMLReader().read(file: url.path)
        } throws: { error in
            guard let error = error as? GraphMLReadError else { return false }
            return error.file == url.path && error.line == 2
                && error.message.contains("longer than \(XMLLimits.maximumTextLength) bytes")
        }
    }

    @Test("a text of more than 10 MB is refused with its line")
    func hugeText() {
        let head = #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="label" for="node" attr.name="label"/><graph>"#
        let text = head + "\n<node id=\"a\"><data key=\"label\">" + String(repeating: "a", count: XMLLimits.maximumTextLength + 1)
            + "</data></node></graph></graphml>"
        #expect {
            _ = try GraphMLReader().read(bytes: Array(text.utf8), name: "text.graphml")
        } throws: { error in
            guard let error = error as? GraphMLReadError else { return false }
            return error.line == 2 && error.message.contains("longer than \(XMLLimits.maximumTextLength) bytes")
        }
    }
}
