import HiwarModel

/// Events with every kind of value the encoders must get right: Arabic, quotes, commas,
/// line breaks, absent values, several people and sources.
enum Fixtures {
    static let dialogue = ArchivedEvent(
        id: 7,
        event: Event(type: .dialogue, name: "Joint Security Cooperation Dialogue", nameOriginal: "حوار التعاون الأمني المشترك",
                     countries: ["USA", "IRQ"], start: PartialDate("2023-08-07"), end: PartialDate("2023-08-08"),
                     status: .occurred, location: "Washington",
                     people: [Person(name: "Thabet al-Abbasi", nameOriginal: "ثابت العباسي", role: "Minister of Defense",
                                     country: "IRQ", isHead: true),
                              Person(name: "Lloyd \"Austin\", Jr.", nameOriginal: "لويد أوستن", country: "USA")],
                     evidence: Evidence(sentence: "ignored: the sources carry the evidence", start: 0, end: 1, rule: "r")),
        sources: [
            EventSource(articleID: 3, title: "Talks, \"round one\"", url: "https://example.org/a", published: PartialDate("2023-08-10"),
                        language: "ar", evidence: Evidence(sentence: "اختتم الحوار في واشنطن.\nثم", start: 120, end: 146, rule: "dialogue.held")),
            EventSource(articleID: 9, title: "Second", url: nil, published: nil, language: "en",
                        evidence: Evidence(sentence: "Talks ended.", start: 0, end: 12, rule: "dialogue.ended")),
        ])

    static let undatedDelegation = ArchivedEvent(
        id: 8,
        event: Event(type: .delegation, countries: ["IRQ", "USA"], country: "IRQ", status: .planned,
                     evidence: Evidence(sentence: "s", start: 0, end: 1, rule: "r")),
        sources: [EventSource(articleID: 4, title: "T", url: nil, published: nil, language: nil,
                              evidence: Evidence(sentence: "A delegation will go.", start: 5, end: 26, rule: "delegation.led"))])
}
