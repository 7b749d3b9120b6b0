import HiwarModel

/// A text folded (`TextFolding`) and cut into words in one pass over its scalars: the words that the
/// search index (`SearchText`) and the copy signature (`ArticleSignature`) are made of, so that an
/// imported body is folded once for both, into integers rather than Strings.
///
/// A word is a run of folded scalars that `TextFolding.isWordScalar` accepts; a scalar that folding
/// removes (a diacritic) does not split a word.
struct WordList {
    /// The folded scalars of every word, one word after the other.
    private(set) var scalars: [UInt32] = []
    /// Where each word starts in `scalars`, and one extra entry at the end: word `i` is
    /// `scalars[bounds[i]..<bounds[i + 1]]`.
    private(set) var bounds: [Int] = [0]
    /// Each word's range in the original text, in Unicode scalar offsets (from its first scalar to its
    /// last kept one, end exclusive).
    private(set) var originalRanges: [Range<Int>] = []

    init(_ text: String) {
        scalars.reserveCapacity(text.utf8.count / 2)
        var position = 0, wordStart = 0, wordEnd = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            defer { position += 1 }
            guard let folded = TextFolding.fold(scalar) else { continue }
            if TextFolding.isWordScalar(folded) {
                if !inWord { (inWord, wordStart) = (true, position) }
                scalars.append(folded.value)
                wordEnd = position + 1
            } else if inWord {
                endWord(wordStart..<wordEnd)
                inWord = false
            }
        }
        if inWord { endWord(wordStart..<wordEnd) }
    }

    private mutating func endWord(_ original: Range<Int>) {
        bounds.append(scalars.count)
        originalRanges.append(original)
    }

    /// How many words the text holds.
    var count: Int { bounds.count - 1 }

    /// The folded scalars of word `index`.
    func word(_ index: Int) -> ArraySlice<UInt32> {
        scalars[bounds[index]..<bounds[index + 1]]
    }
}
