internal import CLibXML2

/// A streaming XML reader over libxml2's xmlTextReader, with safe defaults.
///
/// The reader never touches the network, never expands external entities,
/// never loads a DTD, and refuses any document with a DOCTYPE (entity
/// expansion and XXE attacks need one). Memory stays flat on large files.
/// A reader is valid only inside the closure it is handed to.
///
///     try XMLReader.withFile("graph.graphml") { reader in
///         while let kind = try reader.read() {
///             if kind == .startElement, reader.isNamed("node") { print(reader.attribute("id") ?? "") }
///         }
///     }
public final class XMLReader {
    /// Where the bytes come from; a memory buffer is valid while the reader is open.
    private enum Source {
        case file(String)
        case memory(UnsafeBufferPointer<UInt8>)
    }

    private var reader: OpaquePointer?
    private let errors: ErrorCollector
    /// The line of the last text or whitespace node: where elements beyond
    /// line 65535 are (libxml2 2.9 stops counting lines on elements there).
    private var lastTextLine = 0
    private let source: Source
    /// The file or document name used in errors.
    public let documentName: String

    private init(_ reader: OpaquePointer, errors: ErrorCollector, name: String, source: Source) {
        self.reader = reader
        self.errors = errors
        self.documentName = name
        self.source = source
        xmlTextReaderSetStructuredErrorHandler(reader, structuredErrorHandler, errors.userData)
    }

    deinit { close() }

    private func close() {
        if let reader { xmlFreeTextReader(reader) }
        reader = nil
    }

    /// Reads the file at `path` with `body`.
    ///
    /// - Throws: ``XMLError`` when the file cannot be opened; whatever `body` throws.
    public static func withFile<T>(_ path: String, _ body: (XMLReader) throws -> T) throws -> T {
        _ = libxmlInitialized
        let errors = ErrorCollector(file: path, code: .malformed)
        return try errors.capturingThreadErrors {
            guard let raw = xmlReaderForFile(path, nil, safeParseOptions) else {
                throw errors.first ?? XMLError(.input, file: path, "cannot open the file; check the path")
            }
            let reader = XMLReader(raw, errors: errors, name: path, source: .file(path))
            defer { reader.close() }
            return try body(reader)
        }
    }

    /// Reads a document held in memory with `body`; `name` is used in errors.
    ///
    /// libxml2 does not copy the bytes, so the buffer stays pinned until
    /// `body` returns.
    public static func withBytes<T>(_ bytes: [UInt8], name: String, _ body: (XMLReader) throws -> T) throws -> T {
        _ = libxmlInitialized
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else {
            throw XMLError(.input, file: name, "the document is empty or larger than 2 GB; give a file instead")
        }
        let errors = ErrorCollector(file: name, code: .malformed)
        return try bytes.withUnsafeBufferPointer { buffer in
            try errors.capturingThreadErrors {
                let start = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                guard let raw = xmlReaderForMemory(start, Int32(buffer.count), name, nil, safeParseOptions) else {
                    throw errors.first ?? XMLError(.input, file: name, "libxml2 could not start reading (out of memory?)")
                }
                let reader = XMLReader(raw, errors: errors, name: name, source: .memory(buffer))
                defer { reader.close() }
                return try body(reader)
            }
        }
    }

    /// Moves to the next node; nil at the end of the document.
    ///
    /// - Throws: ``XMLError`` with code `.malformed` where the document is not
    ///   well-formed, `.doctype` on a DOCTYPE.
    public func read() throws -> XMLNodeKind? {
        let reader = try open()
        switch xmlTextReaderRead(reader) {
        case 1: break
        case 0: return nil
        default:
            let error =
                errors.first ?? XMLError(.malformed, file: documentName, line: line, column: column, "the XML is not well-formed")
            // Entity bombs fail inside the DOCTYPE, before it is reported: name the DOCTYPE.
            throw doctypeError(detail: error.message) ?? error
        }
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): return .startElement
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): return .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
            noteTextLine(reader)
            return .text
        case Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
            noteTextLine(reader)
            return .whitespace
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
            throw doctypeError(detail: nil)
                ?? XMLError(.doctype, file: documentName, line: line, column: column, Self.doctypeMessage)
        default: return .other
        }
    }

    /// Reads past the rest of the current element, to its end tag.
    public func skipElement() throws {
        guard let reader, xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue),
            xmlTextReaderIsEmptyElement(reader) == 0
        else { return }
        let depth = self.depth
        while let kind = try read() {
            if kind == .endElement && self.depth == depth { return }
        }
    }

    /// The text inside the current element, its end tag consumed: the
    /// concatenated text of its descendants (nested elements' tags dropped).
    public func readElementText() throws -> String {
        guard let reader, xmlTextReaderIsEmptyElement(reader) == 0 else { return "" }
        let depth = self.depth
        var text = ""
        while let kind = try read() {
            switch kind {
            case .text, .whitespace: text += value
            case .endElement where self.depth == depth: return text
            default: continue
            }
        }
        return text
    }

    /// Whether the current node's local name is `name`.
    public func isNamed(_ name: StaticString) -> Bool {
        guard let reader, let local = xmlTextReaderConstLocalName(reader) else { return false }
        return name.withXMLName { xmlStrEqual(local, $0) == 1 }
    }

    /// The current node's local name (`node` for `<g:node>`).
    public var localName: String { string(reader.flatMap(xmlTextReaderConstLocalName)) ?? "" }

    /// The current node's namespace URI, if any.
    public var namespaceURI: String? { string(reader.flatMap(xmlTextReaderConstNamespaceUri)) }

    /// The text of a text or whitespace node.
    public var value: String { string(reader.flatMap(xmlTextReaderConstValue)) ?? "" }

    /// Whether the current element is written `<a/>` (no end tag follows).
    public var isEmptyElement: Bool { reader.map { xmlTextReaderIsEmptyElement($0) == 1 } ?? false }

    /// How deep the current node is; the root element is at 0.
    public var depth: Int { reader.map { Int(xmlTextReaderDepth($0)) } ?? 0 }

    /// The value of the current element's attribute `name` (no namespace), if present.
    public func attribute(_ name: StaticString) -> String? {
        guard let reader else { return nil }
        return name.withXMLName { name in
            guard xmlTextReaderMoveToAttribute(reader, name) == 1 else { return nil }
            defer { xmlTextReaderMoveToElement(reader) }
            return string(xmlTextReaderConstValue(reader))
        }
    }

    /// The line of the current node, from 1.
    ///
    /// Element lines saturate at 65535 in libxml2 2.9; beyond, the line of the
    /// text or whitespace just before the element stands in (exact when
    /// elements start on a line of their own, as in indented files), and
    /// failing that the parser's line (which may be a few lines ahead).
    public var line: Int {
        guard let reader else { return 0 }
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = Int(xmlGetLineNo(node))
            if line > 0 && line < 65535 { return line }
        }
        return lastTextLine >= 65535 ? lastTextLine : Int(xmlTextReaderGetParserLineNumber(reader))
    }

    private func noteTextLine(_ reader: OpaquePointer) {
        if let node = xmlTextReaderCurrentNode(reader) { lastTextLine = Int(xmlGetLineNo(node)) }
    }

    /// The column where the parser stands, from 1 (approximate: the parser may have read ahead).
    public var column: Int { reader.map { Int(xmlTextReaderGetParserColumnNumber($0)) } ?? 0 }

    private static let doctypeMessage =
        "the document has a DOCTYPE, which is refused (DTDs enable entity expansion and external entities); remove it"

    /// A `.doctype` error at the DOCTYPE's start when the prolog has one.
    private func doctypeError(detail: String?) -> XMLError? {
        let found: (line: Int, column: Int)?
        switch source {
        case .memory(let buffer): found = DoctypeLocator.position(in: buffer)
        case .file(let path):
            let prefix = (try? FileBytes.read(path, limit: 1 << 20)) ?? []
            found = prefix.withUnsafeBufferPointer(DoctypeLocator.position(in:))
        }
        guard let found else { return nil }
        let message = detail.map { Self.doctypeMessage + " (libxml2: \($0))" } ?? Self.doctypeMessage
        return XMLError(.doctype, file: documentName, line: found.line, column: found.column, message)
    }

    private func open() throws -> OpaquePointer {
        guard let reader else {
            throw XMLError(.input, file: documentName, "the reader was used after its closure returned")
        }
        return reader
    }

    private func string(_ pointer: UnsafePointer<UInt8>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
