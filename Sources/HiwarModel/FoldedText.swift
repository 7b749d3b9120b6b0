/// A text folded for matching, with a map back to the original's Unicode scalar offsets.
///
/// Extraction and search compare folded text (see `TextFolding`) while evidence keeps the
/// original sentence and offsets: `originalOffset(_:)` turns a position in `scalars` into a
/// position in the original text.
public struct FoldedText: Sendable {
    /// The folded scalars.
    public let scalars: [Unicode.Scalar]
    /// For each folded scalar, the offset of the original scalar it came from; one extra entry
    /// at the end holds the original length, so half-open ranges map cleanly.
    public let offsets: [Int]
    /// The folded text in UTF-8, so that `string(_:)` copies bytes: extraction makes a String of
    /// every word, and appending scalars one by one cost a third of an import.
    private let utf8: [UInt8]
    /// For each folded scalar, where its bytes start in `utf8`; one extra entry at the end.
    private let utf8Offsets: [Int32]

    public init(_ text: String) {
        let count = text.utf8.count
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var utf8: [UInt8] = []
        var utf8Offsets: [Int32] = []
        scalars.reserveCapacity(count)
        offsets.reserveCapacity(count + 1)
        utf8.reserveCapacity(count)
        utf8Offsets.reserveCapacity(count + 1)
        var position = 0
        for scalar in text.unicodeScalars {
            if let folded = TextFolding.fold(scalar) {
                scalars.append(folded)
                offsets.append(position)
                utf8Offsets.append(Int32(utf8.count))
                UTF8.encode(folded) { utf8.append($0) }
            }
            position += 1
        }
        offsets.append(position)
        utf8Offsets.append(Int32(utf8.count))
        self.scalars = scalars
        self.offsets = offsets
        self.utf8 = utf8
        self.utf8Offsets = utf8Offsets
    }

    /// The original offset of folded position `index` (0…scalars.count).
    public func originalOffset(_ index: Int) -> Int { offsets[index] }

    /// The original half-open range covered by the folded range.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return offsets[range.lowerBound]..<offsets[range.lowerBound] }
        return offsets[range.lowerBound]..<(offsets[range.upperBound - 1] + 1)
    }

    /// The folded text of a range, as a String.
    public func string(_ range: Range<Int>) -> String {
        let bytes = Int(utf8Offsets[range.lowerBound])..<Int(utf8Offsets[range.upperBound])
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[bytes]), as: UTF8.self) }
    }
}
