import Testing
@testable import HiwarStore

/// `ExternalSort`: records come back in key order, from memory or through runs in a temporary file.
@Suite struct ExternalSortTests {
    /// Records of 0 to 9 000 bytes (some larger than a run's read buffer), keys shuffled.
    static let records: [(key: Int, bytes: [UInt8])] = (0..<300).map { key in
        (key, [UInt8](repeating: UInt8(key % 251), count: key % 7 == 0 ? 9_000 : key % 50))
    }

    private func sorted(runBytes: Int, mergeBytes: Int) throws -> [(key: Int, bytes: [UInt8])] {
        var sort = ExternalSort<Int>(runBytes: runBytes, mergeBytes: mergeBytes)
        var generator = SystemRandomNumberGenerator()
        for record in Self.records.shuffled(using: &generator) {
            try record.bytes.withUnsafeBufferPointer { try sort.append($0, key: record.key) }
        }
        var merged: [[UInt8]] = []
        try sort.merge { merged.append(Array($0)) }
        return merged.enumerated().map { ($0.offset, $0.element) }
    }

    @Test func recordsThatFitInOneRunComeBackInKeyOrder() throws {
        let merged = try sorted(runBytes: 1 << 20, mergeBytes: 1 << 20)
        #expect(merged.map(\.bytes) == Self.records.map(\.bytes))
    }

    @Test func runsWrittenToATemporaryFileMergeInKeyOrder() throws {
        // Runs of about 2 KB: more than a hundred of them, each read through a 4 KiB buffer.
        let merged = try sorted(runBytes: 2_000, mergeBytes: 0)
        #expect(merged.count == Self.records.count)
        #expect(merged.map(\.bytes) == Self.records.map(\.bytes))
    }

    @Test func nothingAppendedMergesToNothing() throws {
        var sort = ExternalSort<Int>()
        var count = 0
        try sort.merge { _ in count += 1 }
        #expect(count == 0)
    }
}
