internal import CLibXML2

/// A streaming XML writer over libxml2's xmlTextWriter.
///
/// Bytes go to `output` in blocks as they are produced; nothing builds the
/// document in memory. Element and attribute names are `StaticString`s (no
/// conversion per call); every text and attribute value is first reduced to
/// the XML 1.0 `Char` production with ``XMLCharacters/reduced(_:)``, then
/// escaped (attributes by libxml2, text by ``XMLEscaping``).
///
///     let writer = try XMLWriter { bytes in sink.append(contentsOf: bytes) }
///     try writer.startDocument()
///     try writer.startElement("note")
///     try writer.attribute("lang", "en")
///     try writer.text("a < b")
///     try writer.endElement()
///     try writer.finish()
///     // <?xml version="1.0" encoding="UTF-8"?>
///     // <note lang="en">a &lt; b</note>
public final class XMLWriter {
    /// Receives the document's bytes, in order; may throw to stop writing.
    public typealias Output = (UnsafeRawBufferPointer) throws -> Void

    private let writer: OpaquePointer
    private let destination: Destination
    /// Reused for escaped text.
    private var scratch: [UInt8] = []

    /// A writer that sends its bytes to `output`.
    ///
    /// - Parameter indent: put each element on its own line, indented by two
    ///   spaces (text content is never touched).
    public init(indent: Bool = true, output: @escaping Output) throws {
        _ = libxmlInitialized
        let destination = Destination(output)
        guard
            let buffer = xmlOutputBufferCreateIO(
                outputWriteCallback, nil, Unmanaged.passUnretained(destination).toOpaque(), nil),
            let writer = xmlNewTextWriter(buffer)
        else {
            throw XMLError(.output, file: nil, "libxml2 could not create an XML writer (out of memory?)")
        }
        self.writer = writer
        self.destination = destination
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            _ = "  ".withCString { xmlTextWriterSetIndentString(writer, $0.xml) }
        }
    }

    deinit {
        // Frees the output buffer too, which flushes what is left.
        xmlFreeTextWriter(writer)
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8"?>`.
    public func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    /// Opens an element; close it with ``endElement()``.
    public func startElement(_ name: StaticString) throws {
        try name.withXMLName { try check(xmlTextWriterStartElement(writer, $0), "start an element") }
    }

    /// Adds an attribute to the element just opened.
    public func attribute(_ name: StaticString, _ value: String) throws {
        try name.withXMLName { name in
            try XMLCharacters.reduced(value).withCString { value in
                try check(xmlTextWriterWriteAttribute(writer, name, value.xml), "write an attribute")
            }
        }
    }

    /// Adds an attribute with a constant value.
    public func attribute(_ name: StaticString, constant value: StaticString) throws {
        try name.withXMLName { name in
            try value.withXMLName { value in
                try check(xmlTextWriterWriteAttribute(writer, name, value), "write an attribute")
            }
        }
    }

    /// Writes text content, escaped with ``XMLEscaping`` (`<`, `>`, `&`, CR;
    /// quotes stay as they are).
    public func text(_ value: String) throws {
        var reduced = XMLCharacters.reduced(value)
        try reduced.withUTF8 { utf8 in
            if !XMLEscaping.needsEscaping(utf8) { return try writeRaw(utf8) }
            scratch.removeAll(keepingCapacity: true)
            XMLEscaping.appendEscaped(utf8, to: &scratch)
            try scratch.withUnsafeBufferPointer { try writeRaw($0) }
        }
    }

    /// Writes bytes that are already escaped (closing a start tag first).
    private func writeRaw(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let start = bytes.baseAddress, !bytes.isEmpty else {
            return try check(xmlTextWriterWriteString(writer, ""), "write text")
        }
        try check(xmlTextWriterWriteRawLen(writer, start, Int32(bytes.count)), "write text")
    }

    /// Writes an integer in decimal as text content.
    public func text(_ value: Int) throws {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            let count = Decimal.format(value, into: digits)
            digits[count] = 0
            try check(xmlTextWriterWriteString(writer, digits.baseAddress), "write text")
        }
    }

    /// Writes `<name>text</name>`.
    public func element(_ name: StaticString, text: String) throws {
        try startElement(name)
        try self.text(text)
        try endElement()
    }

    /// Writes `<name attribute="value">text</name>`.
    public func element(_ name: StaticString, attribute: StaticString, _ value: String, text: String) throws {
        try startElement(name)
        try self.attribute(attribute, value)
        try self.text(text)
        try endElement()
    }

    /// Writes `<name attribute="value">integer</name>`.
    public func element(_ name: StaticString, attribute: StaticString, _ value: String, integer: Int) throws {
        try startElement(name)
        try self.attribute(attribute, value)
        try text(integer)
        try endElement()
    }

    /// Closes the element opened last (`<a/>` when it is empty).
    public func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "end an element")
    }

    /// Closes every open element, ends the document and sends every byte to
    /// the output.
    public func finish() throws {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush the output")
    }

    private func check(_ status: Int32, _ what: String) throws {
        guard status < 0 else { return }
        if let error = destination.error { throw error }
        throw XMLError(.output, file: nil, "libxml2 could not \(what)")
    }
}

/// Where the bytes go, and the first error the output threw.
private final class Destination {
    let output: XMLWriter.Output
    var error: (any Error)?

    init(_ output: @escaping XMLWriter.Output) { self.output = output }
}

private let outputWriteCallback: xmlOutputWriteCallback = { context, buffer, length in
    guard let context else { return -1 }
    let destination = Unmanaged<Destination>.fromOpaque(context).takeUnretainedValue()
    guard destination.error == nil else { return -1 }
    do {
        try destination.output(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
        return length
    } catch {
        destination.error = error
        return -1
    }
}

extension UnsafePointer<CChar> {
    /// The same bytes as libxml2's `xmlChar`.
    var xml: UnsafePointer<UInt8> { UnsafeRawPointer(self).assumingMemoryBound(to: UInt8.self) }
}

extension StaticString {
    /// Calls `body` with the name as a NUL-terminated `xmlChar` string.
    func withXMLName<T>(_ body: (UnsafePointer<UInt8>) throws -> T) rethrows -> T {
        if hasPointerRepresentation { return try body(utf8Start) }
        return try description.withCString { try body($0.xml) }
    }
}
