import Testing
import HiwarModel
@testable import HiwarIngest

@Suite struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] {
        let folded = FoldedText(text)
        return SentenceSplitter.sentences(in: folded).map { folded.string($0) }
    }

    @Test func splitsAtStopsAndLineBreaks() {
        #expect(split("وصل الوفد. وبدأت المحادثات؟ نعم!\nسطر جديد") == ["وصل الوفد.", "وبدات المحادثات?", "نعم!", "سطر جديد"])
    }

    @Test func keepsAbbreviationsAndInitialsInside() {
        #expect(split("Gen. Michael Kurilla met U.S. officials. S. Jaishankar spoke.")
            == ["gen. michael kurilla met u.s. officials.", "s. jaishankar spoke."])
        #expect(split("Talks on Aug. 7 went well.") == ["talks on aug. 7 went well."])
    }

    @Test func keepsDecimalsAndClosingQuotes() {
        #expect(split("Growth was 2.5 percent. \"We agree.\" Done.") == ["growth was 2.5 percent.", "\"we agree.\"", "done."])
    }
}
