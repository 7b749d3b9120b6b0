import Testing
@testable import HiwarStore

/// `WordList`: the folded words that the search index and the copy signature share.
@Suite struct WordListTests {
    @Test func wordsAreFoldedRunsWithTheirOriginalRanges() {
        let words = WordList("  الحِوارُ، Talks-2023\u{200C}x")
        #expect((0..<words.count).map { String(String.UnicodeScalarView(words.word($0).map { Unicode.Scalar($0)! })) }
                == ["الحوار", "talks", "2023x"])  // harakat and the ZWNJ vanish without splitting a word
        #expect(words.originalRanges == [2..<9, 12..<17, 18..<24])  // the damma after the last letter is not in the range
        #expect(WordList(" ,; ").count == 0)
    }

    @Test func theSignatureOfTheWordsIsThatOfTheBody() {
        let body = "وأكّد الوفدان مواصلة التنسيق الأمني، and the TALKS went on."
        #expect(ArticleSignature(words: WordList(body)) == ArticleSignature(body: body))
        #expect(SearchText.indexed(WordList(body)) == SearchText.indexed(body))
    }
}
