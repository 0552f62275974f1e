internal import CLibXML2

/// A web page parsed by libxml2's forgiving HTML parser into a flat tree.
///
/// Parsing never fails: broken markup is repaired the way libxml2 repairs
/// it, and input libxml2 cannot read at all gives a document with no
/// children. The parser runs with no network access, no error output and
/// no external entities; the character encoding is detected by libxml2 from
/// a byte-order mark or `<meta charset>` (UTF-8 and Latin-1 otherwise).
///
///     let page = HTMLDocument(bytes: Array("<p>Hi <b>there</b>".utf8))
///     page.nodes.filter { $0.kind == .text }.map(\.text)  // ["Hi ", "there"]
public struct HTMLDocument: Sendable {
    /// All nodes in document order (a pre-order walk); node 0 is the document.
    public let nodes: [HTMLNode]

    /// The parse options: recover from errors, print nothing, fetch nothing.
    /// `XML_PARSE_HUGE` lifts libxml2's nesting limit of 256 (deeper content
    /// would be cut off) and its 10 MB text-node limit; the HTML parser
    /// expands no declared entities, so this opens no entity bomb.
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)

    /// Parses the bytes of a page.
    public init(bytes: [UInt8]) {
        var nodes = [HTMLNode(kind: .document, name: "", text: "", attributes: [], parent: nil)]
        if !bytes.isEmpty, bytes.count < Int(Int32.max) {
            // The buffer must stay alive while libxml2 reads it: parse inside the closure.
            let doc = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        htmlReadMemory($0, Int32(buffer.count), nil, nil, Self.options)
                    }
                }
            }
            if let doc {
                Self.flatten(doc, into: &nodes)
                xmlFreeDoc(doc)
            }
        }
        self.nodes = nodes
    }

    /// Copies the libxml2 tree below `doc` into `nodes`, iteratively.
    private static func flatten(_ doc: htmlDocPtr, into nodes: inout [HTMLNode]) {
        var current = doc.pointee.children
        var parents: [Int] = [0]
        while let node = current {
            let parent = parents[parents.count - 1]
            let index = nodes.count
            if let copy = copy(node, parent: parent) {
                nodes.append(copy)
                nodes[parent].children.append(index)
                if copy.kind == .element, let child = node.pointee.children {
                    parents.append(index)
                    current = child
                    continue
                }
            }
            current = nextNode(after: node, parents: &parents)
        }
    }

    /// The next sibling of `node`, or of the nearest ancestor that has one.
    private static func nextNode(after node: xmlNodePtr, parents: inout [Int]) -> xmlNodePtr? {
        var node = node
        while true {
            if let next = node.pointee.next { return next }
            guard parents.count > 1, let up = node.pointee.parent, up.pointee.type != XML_DOCUMENT_NODE,
                up.pointee.type != XML_HTML_DOCUMENT_NODE
            else { return nil }
            parents.removeLast()
            node = up
        }
    }

    /// A Swift copy of an element, text or CDATA node; `nil` for comments and the rest.
    private static func copy(_ node: xmlNodePtr, parent: Int) -> HTMLNode? {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            return HTMLNode(
                kind: .element, name: string(node.pointee.name).lowercased(), text: "",
                attributes: attributes(of: node), parent: parent)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return HTMLNode(kind: .text, name: "", text: string(node.pointee.content), attributes: [], parent: parent)
        default:
            return nil
        }
    }

    private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                value += string(text.pointee.content)
                child = text.pointee.next
            }
            result.append((string(current.pointee.name).lowercased(), value))
            attribute = current.pointee.next
        }
        return result
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
