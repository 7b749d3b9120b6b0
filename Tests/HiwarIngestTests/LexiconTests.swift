import Testing
import HiwarModel
@testable import HiwarIngest

/// The word sets compared with folded tokens must themselves be folded, or their entries can never match.
@Suite struct LexiconTests {
    static let foldedSets: [(name: String, words: Set<String>)] = [
        ("placePrepositions", Lexicon.placePrepositions), ("hostingVerbs", Lexicon.hostingVerbs),
        ("statusPostModifiers", Lexicon.statusPostModifiers), ("jointMarkers", Lexicon.jointMarkers),
        ("domesticBodyMarkers", Lexicon.domesticBodyMarkers), ("dyadAnaphors", Lexicon.dyadAnaphors),
        ("nonSecurityModifiers", Lexicon.nonSecurityModifiers), ("roundWords", Lexicon.roundWords),
        ("sidelines", Lexicon.sidelines),
        ("cancellations", Lexicon.cancellations), ("topicHeads", Lexicon.topicHeads), ("counterparts", Lexicon.counterparts),
        ("officeNouns", NameReader.officeNouns), ("stopWords", NameReader.stopWords), ("nameParticles", NameReader.nameParticles),
    ]

    @Test(arguments: foldedSets.map(\.name))
    func wordSetsAreWrittenFolded(name: String) {
        let words = Self.foldedSets.first { $0.name == name }!.words
        #expect(words.filter { TextFolding.fold($0) != $0 }.sorted() == [])
    }

    /// Each trigger, cue and non-state word, written alone, is found whole: none is shadowed or mistyped.
    @Test func everyTriggerAndCueFindsItself() {
        let phrases = Lexicon.triggers.flatMap { $0.arabic + $0.english } + Lexicon.statusCues.flatMap { $0.arabic + $0.english }
            + Lexicon.nonStateActors.arabic + Lexicon.nonStateActors.english
        for phrase in phrases {
            let folded = FoldedText(phrase)
            let found = Gazetteer.shared.terms(in: folded, original: Array(phrase.unicodeScalars), range: 0..<folded.scalars.count)
            // The whole phrase, less a leading article the gazetteer leaves to the clitic rules («ال», "the ").
            #expect(found.contains { $0.range.upperBound == folded.scalars.count && $0.range.count >= folded.scalars.count - 4 }, "\(phrase)")
        }
    }
}
