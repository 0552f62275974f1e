/// Writes the sections of a model file in the layout ``SyntaxModelFile`` reads.
struct ModelWriter {
    private var sections: [(name: String, bytes: [UInt8])] = []

    mutating func add(_ name: String, bytes: [UInt8]) {
        precondition(name.utf8.count == 4, "section names have four letters")
        sections.append((name, bytes))
    }

    mutating func add(_ name: String, lines: [String]) {
        add(name, bytes: Array(lines.map { $0 + "\n" }.joined().utf8))
    }

    var bytes: [UInt8] {
        var out = Array("NGSYNTX1".utf8)
        out.append(littleEndian: UInt32(sections.count))
        out.append(littleEndian: UInt32(0))
        for section in sections {
            out += Array(section.name.utf8)
            out.append(littleEndian: UInt32(0))
            out.append(littleEndian: UInt64(section.bytes.count))
            out += section.bytes
            while out.count % 8 != 0 { out.append(0) }
        }
        return out
    }
}
