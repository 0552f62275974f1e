import Foundation
import NewsGraphCore
import NewsGraphFormats

/// Loads the inputs of `newsgraph query` (JSON Graph Format, GraphML and
/// Turtle as newsgraph writes them, told apart by extension) and merges them.
///
///     let store = try QueryLoader().store(paths: ["a.json", "b.ttl"])   // for SPARQL
///     let graph = try QueryLoader().graph(paths: ["a.json", "b.ttl"])   // for plain questions
public struct QueryLoader: Sendable {
    public init() {}

    /// One graph merging every input with ``GraphMerge`` (nodes with the
    /// same id become one; article and mention counts add up). An input equal
    /// to an earlier one (the same graph in another format) adds nothing.
    ///
    /// - Throws: ``QueryInputError`` for an unreadable file or unknown
    ///   extension, or two inputs that share an article but differ; the
    ///   readers' errors (with line and column) for malformed content.
    public func graph(paths: [String], maxEvidence: Int? = nil) throws -> Graph {
        var merge = GraphMerge(maxEvidence: maxEvidence)
        for path in paths { try merge.add(try graph(path: path), from: path) }
        return try merge.result()
    }

    /// The RDF view of every input, merged: Turtle files as written, other
    /// formats through ``RDFMapping``.
    public func store(paths: [String]) throws -> TripleStore {
        var builder = TripleStore.Builder()
        for (number, path) in paths.enumerated() {
            if try format(path) == .turtle {
                let parser = TurtleParser(base: Self.fileIRI(path), blankNodePrefix: paths.count > 1 ? "f\(number)." : "")
                let bytes = try Self.bytes(path)
                builder.reserve(turtleBytes: bytes.count)
                try parser.parse(bytes, file: path) { builder.add($0) }
            } else {
                try ChunkedRDFMapping().forEachTriple(of: try graph(path: path)) { builder.add($0) }
            }
        }
        return builder.build()
    }

    private func graph(path: String) throws -> Graph {
        switch try format(path) {
        case .json: return try JSONGraphReader().read(try Self.bytes(path), file: path)
        case .graphml: return try GraphMLReader().read(file: path)
        case .turtle:
            let bytes = try Self.bytes(path)
            let parser = TurtleParser(base: Self.fileIRI(path))
            return try RDFGraphDecoder().decode { emit in try parser.parse(bytes, file: path, emit) }
        case .dot:
            throw QueryInputError(path: path, message: "DOT files cannot be read back; query the JSON, GraphML or Turtle output")
        }
    }

    private func format(_ path: String) throws -> GraphFormat {
        guard let format = GraphFormat(path: path) else {
            throw QueryInputError(path: path, message: "unknown file type; use .json, .graphml or .ttl")
        }
        return format
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw QueryInputError(path: path, message: "cannot read the file; check that it exists and is readable")
        }
        return Array(data)
    }

    /// The base IRI for relative IRIs in a file: its `file://` URL.
    static func fileIRI(_ path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }
}
