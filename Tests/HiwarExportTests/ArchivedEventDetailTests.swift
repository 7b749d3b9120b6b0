import HiwarModel
import Testing
@testable import HiwarExport

/// `ArchivedEvent.detail()`, what `hiwar show` prints.
@Suite struct ArchivedEventDetailTests {
    @Test func everyFieldPersonAndSourceWithTheTriggerMarked() {
        var event = Fixtures.dialogue
        // The trigger «الحوار» stands at scalars 6..<12 of the first sentence, which starts at 120.
        event.sources[0].evidence.triggerStart = 126
        event.sources[0].evidence.triggerEnd = 132
        event.sources[1].copyOf = 3
        #expect(event.detail() == """
            event 7: dialogue, occurred
            name           Joint Security Cooperation Dialogue
            name original  حوار التعاون الأمني المشترك
            countries      IRQ (Iraq), USA (United States)
            sent by        -
            date           2023-08-07 to 2023-08-08
            location       Washington
            sources        1 independent, 1 copy

            people
              Thabet al-Abbasi (ثابت العباسي), Minister of Defense, IRQ, head of delegation
              Lloyd "Austin", Jr. (لويد أوستن), USA

            sources
              article 3: “Talks, "round one"”, 2023-08-10, ar, https://example.org/a
                اختتم **الحوار** في واشنطن. ثم
                rule dialogue.held
              article 9: “Second”, en, copy of article 3
                Talks ended.
                rule dialogue.ended

            """)
    }

    @Test func aTriggerOutsideTheSentenceIsNotMarked() {
        let evidence = Evidence(sentence: "Talks ended.", start: 10, end: 22, triggerStart: 30, triggerEnd: 35, rule: "r")
        #expect(evidence.markedSentence == "Talks ended.")
        let inside = Evidence(sentence: "Talks ended.", start: 10, end: 22, triggerStart: 10, triggerEnd: 15, rule: "r")
        #expect(inside.markedSentence == "**Talks** ended.")
        let voweled = Evidence(sentence: "ترأس الجانبَ التركي", start: 0, end: 19, triggerStart: 5, triggerEnd: 11, rule: "r")
        #expect(voweled.markedSentence == "ترأس **الجانبَ** التركي")
        #expect(Fixtures.undatedDelegation.detail().contains("sent by        IRQ (Iraq)\ndate           undated\n"))
    }
}
