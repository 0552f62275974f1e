import NewsGraphCore

/// The members of one node object as read, before they are checked.
struct JSONNodeFields {
    var rawID: String?
    var label: String?
    var type: String?
    var kind: String?
    var aliases: [String] = []
    var text: String?
    var date: String?
    var attributes: [Attribute] = []
    var provenance: [Provenance] = []
    var support = Support.none

    /// Reads a node object; `id` is its key in a v2 `nodes` object.
    static func read(_ p: inout JSONParser, id: String?) throws -> JSONNodeFields {
        var fields = JSONNodeFields(rawID: id)
        guard try p.peekKind() == .object else {
            throw p.error("node '\(id ?? "?")' must be an object with \"label\" and \"metadata\"")
        }
        try p.forEachMember { p, key in
            switch key {
            case "id" where id == nil: fields.rawID = try JSONGraphDecoder.idText(&p)
            case "label": fields.label = try JSONGraphDecoder.optionalString(&p)
            case "type":
                // metadata.type, where given, wins.
                let value = try JSONGraphDecoder.optionalString(&p)
                if fields.type == nil { fields.type = value }
            case "metadata": try fields.readMetadata(&p)
            default: try p.skipValue()
            }
        }
        return fields
    }

    private mutating func readMetadata(_ p: inout JSONParser) throws {
        guard try p.peekKind() == .object else { return try p.skipValue() }
        try p.forEachMember { p, key in
            switch key {
            case "type": type = try JSONGraphDecoder.optionalString(&p)
            case "kind": kind = try JSONGraphDecoder.optionalString(&p)
            case "text": text = try JSONGraphDecoder.optionalString(&p)
            case "date": date = try JSONGraphDecoder.optionalString(&p)
            case "aliases":
                try p.forEachElement { p, _ in aliases.append(try p.readString()) }
            case "attributes":
                try p.forEachMember { p, key in try readAttribute(&p, key: key) }
            case "provenance": provenance = try JSONGraphDecoder.provenance(&p)
            default:
                if try !JSONGraphDecoder.readSupport(&p, key: key, into: &support) { try readAttribute(&p, key: key) }
            }
        }
    }

    /// A string, number or boolean (or an array of them) becomes an attribute; anything else is skipped,
    /// and so is an empty string (none, as in GraphML).
    private mutating func readAttribute(_ p: inout JSONParser, key: String) throws {
        switch try p.peekKind() {
        case .string:
            let value = try p.readString()
            if !value.isEmpty { attributes.append(Attribute(key: key, value: value)) }
        case .number: attributes.append(Attribute(key: key, value: try p.readNumberText()))
        case .bool: attributes.append(Attribute(key: key, value: try p.readBool() ? "true" : "false"))
        case .array: try p.forEachElement { p, _ in try readAttribute(&p, key: key) }
        case .object, .null: try p.skipValue()
        }
    }

    /// The node, once it has what every node needs.
    func node(id: String, offset: Int) throws -> Node {
        let name = rawID ?? id
        guard let label else {
            throw JSONParseError(offset: offset, message: "node '\(name)' has no \"label\"; every node needs one")
        }
        guard let type else {
            throw JSONParseError(
                offset: offset,
                message: "node '\(name)' has no type; give it \"metadata\": {\"type\": …} with one of \(Self.typeNames)")
        }
        guard let nodeType = NodeType(rawValue: type) else {
            throw JSONParseError(offset: offset, message: "node '\(name)' has type '\(type)'; expected one of \(Self.typeNames)")
        }
        // An empty kind, text or date is none, as GraphML reads it.
        return Node(
            id: id, type: nodeType, kind: Self.nonEmpty(kind), label: label, aliases: aliases, text: Self.nonEmpty(text),
            date: Self.nonEmpty(date), attributes: attributes, provenance: provenance, support: support)
    }

    static func nonEmpty(_ text: String?) -> String? {
        text?.isEmpty == false ? text : nil
    }

    static let typeNames = NodeType.allCases.map(\.rawValue).joined(separator: ", ")
}
