import Testing

@testable import NewsGraphSyntax

/// The model file's half-precision weights read back as the numbers written.
struct WeightTableLayoutTests {
    @Test func everyNormalHalfAndZeroReadsBackExactly() {
        for bits in UInt16.min...UInt16.max where bits & 0x7C00 != 0x7C00 && (bits & 0x7C00 != 0 || bits & 0x03FF == 0) {
            #expect(WeightTableLayout.float(bits) == Float(Float16(bitPattern: bits)), "half bits \(bits)")
        }
    }

    @Test(arguments: [Float(0), 1, -1, 0.333, -2.5e-3, 6.2e-5, -65_504, 1e9, -1e-9])
    func writtenWeightsRoundTrip(value: Float) {
        let read = WeightTableLayout.float(WeightTableLayout.half(value))
        let expected = abs(value) < 6.103_515_6e-5 ? 0 : Float(Float16(max(-65_504, min(65_504, value))))
        #expect(read == expected)
    }
}
