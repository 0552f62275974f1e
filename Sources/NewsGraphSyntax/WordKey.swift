/// The hashed atoms of one word that tagger and parser features are made of.
///
/// Computed once per word: the lower-cased form with digits folded to `0`,
/// its prefixes and suffixes, and its shape (`Xxx`, `X-dd`, `x.x.`).
///
///     WordKey("F-16").shape == WordKey("B-52").shape   // both "X-dd"
public struct WordKey: Sendable, Hashable {
    /// The form as written (curly quotes made straight).
    public let form: UInt64
    /// The form lower-cased, digits as `0`.
    public let lower: UInt64
    /// Last one to four characters of ``lower``.
    public let suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64
    /// First one to three characters of ``lower``.
    public let prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
    /// Character classes with runs cut at two (`Washington` is `Xxx`).
    public let shape: UInt64

    public init(_ text: String) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            self.init(ascii: text)
        } else {
            self.init(unicode: text)
        }
    }

    /// The atoms of any text, scalar by scalar.
    init(unicode text: String) {
        var form: [UInt8] = []
        var lower: [UInt8] = []
        var shape: [UInt8] = []
        var lowerScalars: [Range<Int>] = []
        form.reserveCapacity(text.utf8.count)
        lower.reserveCapacity(text.utf8.count)
        var lastClass: UInt8 = 0
        var run = 0
        for scalar in text.unicodeScalars {
            let plain = Self.straightened(scalar)
            appendUTF8(plain, to: &form)
            let start = lower.count
            let cls: UInt8
            if plain.properties.numericType != nil || ("0"..."9").contains(plain) {
                lower.append(UInt8(ascii: "0"))
                cls = UInt8(ascii: "d")
            } else if plain.properties.isUppercase {
                for lowered in plain.properties.lowercaseMapping.unicodeScalars { appendUTF8(lowered, to: &lower) }
                cls = UInt8(ascii: "X")
            } else if plain.properties.isAlphabetic {
                for lowered in plain.properties.lowercaseMapping.unicodeScalars { appendUTF8(lowered, to: &lower) }
                cls = UInt8(ascii: "x")
            } else {
                appendUTF8(plain, to: &lower)
                cls = plain.isASCII ? UInt8(plain.value) : UInt8(ascii: "*")
            }
            lowerScalars.append(start..<lower.count)
            if cls == lastClass { run += 1 } else { run = 1; lastClass = cls }
            if run <= 2 { shape.append(cls) }
        }
        self.form = FeatureHash.bytes(form)
        self.lower = FeatureHash.bytes(lower)
        self.shape = FeatureHash.bytes(shape) ^ 0x5348_4150_4500_0000
        func suffix(_ n: Int) -> UInt64 {
            guard let first = lowerScalars.dropFirst(max(0, lowerScalars.count - n)).first else { return 0 }
            return FeatureHash.bytes(lower[first.lowerBound...]) ^ UInt64(n) << 56
        }
        func prefix(_ n: Int) -> UInt64 {
            guard let last = lowerScalars.prefix(n).last else { return 0 }
            return FeatureHash.bytes(lower[..<last.upperBound]) ^ UInt64(n) << 60
        }
        suffix1 = suffix(1)
        suffix2 = suffix(2)
        suffix3 = suffix(3)
        suffix4 = suffix(4)
        prefix1 = prefix(1)
        prefix2 = prefix(2)
        prefix3 = prefix(3)
    }

    /// The same atoms as the general initializer, for ASCII text, without Unicode property lookups.
    init(ascii text: String) {
        let bytes = Array(text.utf8)
        var lower = bytes
        var shape: [UInt8] = []
        shape.reserveCapacity(bytes.count)
        var lastClass: UInt8 = 0
        var run = 0
        for (i, byte) in bytes.enumerated() {
            let cls: UInt8
            switch byte {
            case 0x30...0x39:
                lower[i] = 0x30
                cls = UInt8(ascii: "d")
            case 0x41...0x5A:
                lower[i] = byte | 0x20
                cls = UInt8(ascii: "X")
            case 0x61...0x7A:
                cls = UInt8(ascii: "x")
            default:
                cls = byte
            }
            if cls == lastClass { run += 1 } else { run = 1; lastClass = cls }
            if run <= 2 { shape.append(cls) }
        }
        form = FeatureHash.bytes(bytes)
        self.lower = FeatureHash.bytes(lower)
        self.shape = FeatureHash.bytes(shape) ^ 0x5348_4150_4500_0000
        let n = lower.count
        func suffix(_ k: Int) -> UInt64 { n == 0 ? 0 : FeatureHash.bytes(lower[max(0, n - k)...]) ^ UInt64(k) << 56 }
        func prefix(_ k: Int) -> UInt64 { n == 0 ? 0 : FeatureHash.bytes(lower[..<min(n, k)]) ^ UInt64(k) << 60 }
        suffix1 = suffix(1)
        suffix2 = suffix(2)
        suffix3 = suffix(3)
        suffix4 = suffix(4)
        prefix1 = prefix(1)
        prefix2 = prefix(2)
        prefix3 = prefix(3)
    }

    /// The atoms of the positions before the first and after the last word.
    public static let start = WordKey(sentinel: 0x5354_4152_5400_0001)
    public static let end = WordKey(sentinel: 0x454e_4400_0000_0002)

    private init(sentinel: UInt64) {
        form = sentinel
        lower = sentinel
        suffix1 = sentinel
        suffix2 = sentinel
        suffix3 = sentinel
        suffix4 = sentinel
        prefix1 = sentinel
        prefix2 = sentinel
        prefix3 = sentinel
        shape = sentinel
    }

    /// Curly quotes and apostrophes as their ASCII forms, as the training data mostly writes them.
    static func straightened(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201B, 0x2032: "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: "\""
        case 0x2013, 0x2014, 0x2212: "-"
        default: scalar
        }
    }
}

@inline(__always)
private func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    let value = scalar.value
    switch value {
    case 0..<0x80:
        bytes.append(UInt8(value))
    case 0x80..<0x800:
        bytes.append(UInt8(0xC0 | value >> 6))
        bytes.append(UInt8(0x80 | value & 0x3F))
    case 0x800..<0x10000:
        bytes.append(UInt8(0xE0 | value >> 12))
        bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
        bytes.append(UInt8(0x80 | value & 0x3F))
    default:
        bytes.append(UInt8(0xF0 | value >> 18))
        bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
        bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
        bytes.append(UInt8(0x80 | value & 0x3F))
    }
}
