import NewsGraphFormats

/// The byte form of a term in a ``TermDictionary`` arena:
///
/// - IRI: `0`, UTF-8 text
/// - blank node: `1`, label
/// - `xsd:string` literal: `2`, text
/// - other typed literal: `3`, the datatype IRI's id (4 bytes, little-endian), text
/// - language-tagged literal: `4`, tag length (1 byte), tag, text
enum TermEncoding {
    /// Whether the term's encoding needs its datatype's id.
    static func typedDatatype(_ term: RDFTerm) -> String? {
        guard case .literal(_, let datatype, _) = term, datatype != RDFTerm.xsdString, datatype != RDFTerm.langString
        else { return nil }
        return datatype
    }

    /// Writes the encoding of `term` into `out` (emptied first); `datatypeID`
    /// is the id of its datatype IRI when ``typedDatatype(_:)`` names one.
    static func encode(_ term: RDFTerm, datatypeID id: UInt32, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        switch term {
        case .iri(let iri):
            out.append(0)
            out.append(contentsOf: iri.utf8)
        case .blank(let label):
            out.append(1)
            out.append(contentsOf: label.utf8)
        case .literal(let text, let datatype, let language?) where datatype == RDFTerm.langString:
            let tag = Array(language.utf8.prefix(255))
            out.append(4)
            out.append(UInt8(tag.count))
            out.append(contentsOf: tag)
            out.append(contentsOf: text.utf8)
        case .literal(let text, let datatype, _) where datatype == RDFTerm.xsdString || datatype == RDFTerm.langString:
            out.append(2)
            out.append(contentsOf: text.utf8)
        case .literal(let text, _, _):
            out.append(3)
            out.append(contentsOf: [UInt8(id & 0xFF), UInt8(id >> 8 & 0xFF), UInt8(id >> 16 & 0xFF), UInt8(id >> 24)])
            out.append(contentsOf: text.utf8)
        }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, datatype: (UInt32) -> RDFTerm) -> RDFTerm {
        guard let kind = bytes.first else { return .iri("") }
        let rest = UnsafeBufferPointer(rebasing: bytes.dropFirst())
        switch kind {
        case 0: return .iri(String(decoding: rest, as: UTF8.self))
        case 1: return .blank(String(decoding: rest, as: UTF8.self))
        case 2: return .string(String(decoding: rest, as: UTF8.self))
        case 3:
            guard rest.count >= 4 else { return .iri("") }
            let id = UInt32(rest[0]) | UInt32(rest[1]) << 8 | UInt32(rest[2]) << 16 | UInt32(rest[3]) << 24
            guard case .iri(let iri) = datatype(id) else { return .iri("") }
            return .literal(String(decoding: UnsafeBufferPointer(rebasing: rest.dropFirst(4)), as: UTF8.self), datatype: iri, language: nil)
        default:
            guard let length = rest.first.map(Int.init), rest.count > length else { return .iri("") }
            let tag = String(decoding: UnsafeBufferPointer(rebasing: rest[1...length]), as: UTF8.self)
            let text = String(decoding: UnsafeBufferPointer(rebasing: rest[(length + 1)...]), as: UTF8.self)
            return .literal(text, datatype: RDFTerm.langString, language: tag)
        }
    }

    /// A fast non-cryptographic hash of the bytes, eight at a time (seeded
    /// constants; table order never leaks into results).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return UInt32(truncatingIfNeeded: h) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 29
        return UInt32(truncatingIfNeeded: h)
    }
}
