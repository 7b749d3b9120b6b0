extension UnsafeBufferPointer<UInt8> {
    /// Whether a byte is below `limit` (at most 128; 0 for none) or equal to one of `bytes`: what
    /// makes a CSV cell quoted or a JSON string escaped. Eight bytes are tested at a time (the
    /// zero-byte tests of "Bit Twiddling Hacks"), since most of the 300 MB an export writes needs neither.
    func contains(below limit: UInt8, orAnyOf bytes: (UInt8, UInt8, UInt8, UInt8)) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        let raw = UnsafeRawBufferPointer(self)
        var offset = 0
        while offset + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            if (word &- ones &* UInt64(limit)) & ~word & highs != 0 || hasZero(word ^ (ones &* UInt64(bytes.0)))
                || hasZero(word ^ (ones &* UInt64(bytes.1))) || hasZero(word ^ (ones &* UInt64(bytes.2)))
                || hasZero(word ^ (ones &* UInt64(bytes.3))) { return true }
            offset += 8
        }
        return self[offset...].contains { $0 < limit || $0 == bytes.0 || $0 == bytes.1 || $0 == bytes.2 || $0 == bytes.3 }
    }
}
