import Testing
@testable import HiwarExport

/// `contains(below:orAnyOf:)` answers as a byte-by-byte scan would, at every position and length.
@Suite struct UnsafeBufferPointerScanTests {
    @Test func findsWhatAByteByByteScanFinds() {
        let plain = Array("Officials met in Washington on 7 August 2023 والتقى الوفدان".utf8)
        let cases: [(limit: UInt8, bytes: (UInt8, UInt8, UInt8, UInt8))] = [
            (0, (UInt8(ascii: ","), UInt8(ascii: "\""), 0x0D, 0x0A)), (0x20, (UInt8(ascii: "\""), UInt8(ascii: "\\"), 0xE2, 0xE2)),
        ]
        for (limit, targets) in cases {
            for special: UInt8 in [UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x0A, 0x0D, 0x01, 0x1F, 0x20, 0xE2, 0x80] {
                for length in 0...plain.count {
                    for position in 0...length {
                        var text = Array(plain.prefix(length))
                        if position < length { text[position] = special }
                        let expected = text.contains { $0 < limit || [targets.0, targets.1, targets.2, targets.3].contains($0) }
                        #expect(text.withUnsafeBufferPointer { $0.contains(below: limit, orAnyOf: targets) } == expected)
                    }
                }
            }
        }
    }
}
