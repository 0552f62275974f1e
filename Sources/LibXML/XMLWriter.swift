internal import CLibXML2

/// A streaming XML writer over libxml2's xmlTextWriter.
///
/// Bytes go to `output` in blocks as they are produced; nothing builds the
/// document in memory. Element and attribute names are `StaticString`s (no
/// conversion per call); every text and attribute value is first reduced to
/// the XML 1.0 `Char` production with ``XMLCharacters/reduced(_:)``, then
/// escaped.
///
/// xmlTextWriter writes the structure (start and end tags, attributes,
/// escaped by libxml2). Leaf elements written with
/// ``element(_:attribute:_:text:)`` take a fast path: the whole element is
/// escaped by ``XMLEscaping`` and handed to xmlTextWriter in one raw write,
/// instead of some eighteen small writes. Indentation is done here, not by
/// libxml2, so both paths line up; it assumes no mixed content (an element
/// holds either text or child elements).
///
///     let writer = try XMLWriter { bytes in sink.append(contentsOf: bytes) }
///     try writer.startDocument()
///     try writer.startElement("note")
///     try writer.attribute("lang", "en")
///     try writer.element("body", text: "a < b")
///     try writer.endElement()
///     try writer.finish()
///     // <?xml version="1.0" encoding="UTF-8"?>
///     // <note lang="en">
///     //   <body>a &lt; b</body>
///     // </note>
public final class XMLWriter {
    /// Receives the document's bytes, in order; may throw to stop writing.
    public typealias Output = (UnsafeRawBufferPointer) throws -> Void

    private let writer: OpaquePointer
    private let destination: Destination
    private let indent: Bool
    /// For each open element, whether it has child elements (its end tag then goes on its own line).
    @exclusivity(unchecked) private var open: [Bool] = []
    /// Reused for escaped text and leaf elements.
    @exclusivity(unchecked) private var scratch: [UInt8] = []

    /// A writer that sends its bytes to `output`.
    ///
    /// - Parameter indent: put each element on its own line, indented by two
    ///   spaces per level (text content is never touched).
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
        self.indent = indent
    }

    deinit {
        // Frees the output buffer too, which flushes what is left.
        xmlFreeTextWriter(writer)
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8"?>` and a line break.
    public func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    /// Opens an element; close it with ``endElement()``.
    public func startElement(_ name: StaticString) throws {
        try breakLineForChild()
        open.append(false)
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

    /// Writes an integer in decimal as text content.
    public func text(_ value: Int) throws {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            let count = Decimal.format(value, into: digits)
            try writeRaw(UnsafeBufferPointer(rebasing: digits[0..<count]))
        }
    }

    /// Writes `<name>text</name>`.
    public func element(_ name: StaticString, text: String) throws {
        try leaf(name) { out in
            var reduced = XMLCharacters.reduced(text)
            reduced.withUTF8 { XMLEscaping.appendEscaped($0, to: &out) }
        }
    }

    /// Writes `<name attribute="value">text</name>` in one write.
    public func element(_ name: StaticString, attribute: StaticString, _ value: String, text: String) throws {
        try leaf(name, attribute: attribute, value) { out in
            var reduced = XMLCharacters.reduced(text)
            reduced.withUTF8 { XMLEscaping.appendEscaped($0, to: &out) }
        }
    }

    /// Writes `<name attribute="value">integer</name>` in one write.
    public func element(_ name: StaticString, attribute: StaticString, _ value: String, integer: Int) throws {
        try leaf(name, attribute: attribute, value) { out in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
                let count = Decimal.format(integer, into: digits)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[0..<count]))
            }
        }
    }

    /// Closes the element opened last (`<a/>` when it is empty).
    public func endElement() throws {
        if open.popLast() == true, indent {
            try writeRaw(lineBreak(depth: open.count))
        }
        try check(xmlTextWriterEndElement(writer), "end an element")
    }

    /// Closes every open element, ends the document and sends every byte to
    /// the output.
    public func finish() throws {
        while !open.isEmpty { try endElement() }
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush the output")
    }

    /// One raw write of a whole leaf element: line break and indent, start tag
    /// with an optional attribute, the content `body` appends, end tag.
    private func leaf(
        _ name: StaticString, attribute: StaticString? = nil, _ value: String = "",
        body: (inout [UInt8]) -> Void
    ) throws {
        try breakLineForChild(write: false)
        scratch.removeAll(keepingCapacity: true)
        if indent && !open.isEmpty { scratch.append(contentsOf: lineBreak(depth: open.count)) }
        scratch.append(UInt8(ascii: "<"))
        name.appendBytes(to: &scratch)
        if let attribute {
            scratch.append(UInt8(ascii: " "))
            attribute.appendBytes(to: &scratch)
            scratch.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
            var reduced = XMLCharacters.reduced(value)
            reduced.withUTF8 { XMLEscaping.appendEscapedAttribute($0, to: &scratch) }
            scratch.append(UInt8(ascii: "\""))
        }
        scratch.append(UInt8(ascii: ">"))
        body(&scratch)
        scratch.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "/")])
        name.appendBytes(to: &scratch)
        scratch.append(UInt8(ascii: ">"))
        try scratch.withUnsafeBufferPointer { try writeRaw($0) }
    }

    /// Marks the open element as having children and, when indenting and
    /// `write` is set, starts a new line for the child.
    private func breakLineForChild(write: Bool = true) throws {
        guard !open.isEmpty else { return }
        open[open.count - 1] = true
        if write && indent { try writeRaw(lineBreak(depth: open.count)) }
    }

    /// `\n` and two spaces per level (at most 64 levels).
    private func lineBreak(depth: Int) -> ArraySlice<UInt8> {
        lineBreaks[0..<min(1 + 2 * depth, lineBreaks.count)]
    }

    /// A line break and 64 levels of indentation.
    private let lineBreaks: [UInt8] = [UInt8(ascii: "\n")] + [UInt8](repeating: UInt8(ascii: " "), count: 128)

    private func writeRaw(_ bytes: ArraySlice<UInt8>) throws {
        try bytes.withUnsafeBufferPointer { try writeRaw($0) }
    }

    /// Writes bytes that are already escaped (closing a start tag first).
    private func writeRaw(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let start = bytes.baseAddress, !bytes.isEmpty else {
            return try check(xmlTextWriterWriteString(writer, ""), "write text")
        }
        try check(xmlTextWriterWriteRawLen(writer, start, Int32(bytes.count)), "write text")
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

    /// Appends the UTF-8 bytes (no NUL).
    func appendBytes(to out: inout [UInt8]) {
        if hasPointerRepresentation {
            out.append(contentsOf: UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount))
        } else {
            out.append(contentsOf: description.utf8)
        }
    }
}
