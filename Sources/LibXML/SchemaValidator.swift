internal import CLibXML2

/// Checks documents against an XML Schema (XSD).
///
/// The schema is parsed once, from memory; `baseURL` says where the files it
/// includes or imports (`xs:include`, `xs:redefine`, `xs:import` with a
/// relative `schemaLocation`) are found. Documents are read with the same
/// safe options as ``XMLReader``; their `xsi:schemaLocation` is ignored, so
/// nothing is fetched.
///
///     let validator = try SchemaValidator(contentsOfFile: "schemas/graphml/graphml.xsd")
///     let errors = try validator.validate(file: "graph.graphml")  // [] when valid
public final class SchemaValidator {
    private let schema: xmlSchemaPtr
    /// The schema document; the parsed schema points into it (annotations).
    private let document: xmlDocPtr

    /// Parses the schema in `bytes`; relative includes resolve against `baseURL`.
    ///
    /// - Throws: ``XMLError`` with code `.schema` when the schema is not a valid XSD.
    public init(schema bytes: [UInt8], baseURL: String) throws {
        _ = libxmlInitialized
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else {
            throw XMLError(.schema, file: baseURL, "the schema is empty or larger than 2 GB")
        }
        let errors = ErrorCollector(file: baseURL, code: .schema)
        // xmlReadMemory copies the bytes into the tree; the buffer may go afterwards.
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            errors.capturingThreadErrors {
                let start = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                return xmlReadMemory(start, Int32(buffer.count), baseURL, nil, safeParseOptions)
            }
        }
        guard let document = parsed else {
            throw errors.first ?? XMLError(.schema, file: baseURL, "the schema is not well-formed XML")
        }
        guard let schema = Self.parseSchema(document, errors: errors) else {
            xmlFreeDoc(document)
            throw errors.first ?? XMLError(.schema, file: baseURL, "the schema is not a valid XML Schema")
        }
        self.schema = schema
        self.document = document
    }

    /// Reads and parses the schema file at `path`.
    public convenience init(contentsOfFile path: String) throws {
        try self.init(schema: try FileBytes.read(path), baseURL: path)
    }

    deinit {
        xmlSchemaFree(schema)
        xmlFreeDoc(document)
    }

    private static func parseSchema(_ document: xmlDocPtr, errors: ErrorCollector) -> xmlSchemaPtr? {
        guard let context = xmlSchemaNewDocParserCtxt(document) else { return nil }
        defer { xmlSchemaFreeParserCtxt(context) }
        xmlSchemaSetParserStructuredErrors(context, structuredErrorHandler, errors.userData)
        return errors.capturingThreadErrors { xmlSchemaParse(context) }
    }

    /// The ways the file at `path` breaks the schema or XML itself; empty when it is valid.
    ///
    /// Streams the file: memory stays flat however large it is.
    public func validate(file path: String) throws -> [XMLError] {
        let errors = ErrorCollector(file: path, code: .invalid)
        let status = try withContext(errors) { context in
            errors.capturingThreadErrors { xmlSchemaValidateFile(context, path, 0) }
        }
        return result(status, errors, file: path)
    }

    /// The ways the document in `bytes` breaks the schema or XML itself; empty when it is valid.
    public func validate(bytes: [UInt8], name: String) throws -> [XMLError] {
        let errors = ErrorCollector(file: name, code: .invalid)
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else {
            return [XMLError(.input, file: name, "the document is empty or larger than 2 GB")]
        }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            errors.capturingThreadErrors {
                let start = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                return xmlReadMemory(start, Int32(buffer.count), name, nil, safeParseOptions)
            }
        }
        guard let document = parsed else {
            return errors.errors.isEmpty ? [XMLError(.malformed, file: name, "not well-formed XML")] : errors.errors
        }
        defer { xmlFreeDoc(document) }
        let status = try withContext(errors) { context in
            errors.capturingThreadErrors { xmlSchemaValidateDoc(context, document) }
        }
        return result(status, errors, file: name)
    }

    private func withContext(_ errors: ErrorCollector, _ body: (xmlSchemaValidCtxtPtr) -> Int32) throws -> Int32 {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            throw XMLError(.schema, file: errors.file, "libxml2 could not start validating (out of memory?)")
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, structuredErrorHandler, errors.userData)
        return body(context)
    }

    private func result(_ status: Int32, _ errors: ErrorCollector, file: String) -> [XMLError] {
        if status == 0 { return errors.errors }
        if errors.errors.isEmpty {
            return [XMLError(.invalid, file: file, "the document does not validate (libxml2 status \(status))")]
        }
        return errors.errors
    }
}
