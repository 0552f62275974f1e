/// Integers to decimal digits without allocating.
enum Decimal {
    /// Writes `value` in decimal (`-` sign, no leading zeros) into `buffer`,
    /// which must hold at least 20 bytes; returns how many it wrote.
    static func format(_ value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var magnitude = value.magnitude
        var count = 0
        if value < 0 {
            buffer[0] = UInt8(ascii: "-")
            count = 1
        }
        let start = count
        repeat {
            buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            count += 1
        } while magnitude > 0
        var low = start
        var high = count - 1
        while low < high {
            buffer.swapAt(low, high)
            low += 1
            high -= 1
        }
        return count
    }
}
