import HiwarModel

/// A MinHash sketch of an article body, to tell a syndicated copy (the same agency text under
/// another outlet's name) from an independent report of the same event.
///
/// The body is folded (`TextFolding`), cut into words, and read as overlapping three-word
/// shingles; each of `size` hash functions keeps its smallest value over the shingles. The share
/// of positions where two signatures agree estimates the Jaccard similarity of their shingle sets.
struct ArticleSignature: Equatable {
    /// Hash functions per signature: a Jaccard estimate within about ±0.06 at 0.8.
    static let size = 64
    /// Words per shingle.
    static let shingleLength = 3
    /// The estimate from which a report counts as a copy of another.
    static let copyThreshold = 0.8

    let minima: [UInt32]

    init(body: String) {
        self.init(words: WordList(body))
    }

    /// The signature of a body already cut into folded words.
    init(words: WordList) {
        var minima = [UInt32](repeating: .max, count: Self.size)
        let shingles = Swift.max(1, words.count - Self.shingleLength + 1)
        if words.count > 0 {
            minima.withUnsafeMutableBufferPointer { minima in
                Self.seeds.withUnsafeBufferPointer { seeds in
                    for first in 0..<shingles {
                        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over the words, a space after each.
                        for index in first..<Swift.min(words.count, first + Self.shingleLength) {
                            for value in words.word(index) { hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3 }
                            hash = (hash ^ 0x20) &* 0x100_0000_01b3
                        }
                        for index in 0..<Self.size {
                            let value = UInt32(truncatingIfNeeded: Self.mix(hash ^ seeds[index]) >> 32)
                            if value < minima[index] { minima[index] = value }
                        }
                    }
                }
            }
        }
        self.minima = minima
    }

    /// Reads a signature stored by `bytes`; nil for a blob of another length.
    init?(bytes: [UInt8]) {
        guard bytes.count == Self.size * 4 else { return nil }
        minima = (0..<Self.size).map { index in
            (0..<4).reduce(UInt32(0)) { value, byte in value | UInt32(bytes[index * 4 + byte]) << (8 * UInt32(byte)) }
        }
    }

    /// The signature as stored in `articles.signature`: each minimum as four little-endian bytes.
    var bytes: [UInt8] {
        minima.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * UInt32($0))) } }
    }

    /// The estimated Jaccard similarity of the two bodies' shingles, 0 when either body has no words.
    func similarity(to other: ArticleSignature) -> Double {
        guard minima[0] != .max, other.minima[0] != .max else { return 0 }
        return Double(zip(minima, other.minima).count { $0 == $1 }) / Double(Self.size)
    }

    /// Whether `other` is, by this estimate, a copy of the same text.
    func isCopy(of other: ArticleSignature) -> Bool {
        similarity(to: other) >= Self.copyThreshold
    }

    /// SplitMix64's finaliser: spreads every input bit over the whole output.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// One seed per hash function, fixed so that stored signatures stay comparable across versions.
    private static let seeds: [UInt64] = (0..<UInt64(size)).map { mix($0 &* 0x2545_f491_4f6c_dd1d) }
}
