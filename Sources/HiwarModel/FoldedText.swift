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

    public init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        offsets.reserveCapacity(text.unicodeScalars.count + 1)
        var position = 0
        for scalar in text.unicodeScalars {
            if let folded = TextFolding.fold(scalar) {
                scalars.append(folded)
                offsets.append(position)
            }
            position += 1
        }
        offsets.append(position)
        self.scalars = scalars
        self.offsets = offsets
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
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[range])
        return String(text)
    }
}
