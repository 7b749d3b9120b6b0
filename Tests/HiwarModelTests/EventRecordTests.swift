import Testing
import HiwarModel

/// `EventRecord`: an archived event's texts as bytes, and back, with the same counts.
@Suite struct EventRecordTests {
    static let first = Evidence(sentence: "التقى الوفدان، ثم", start: 4, end: 21, triggerStart: 6, triggerEnd: 11, rule: "meeting.met")
    static let event = ArchivedEvent(
        id: 12,
        event: Event(type: .delegation, name: nil, nameOriginal: "وفد عراقي", countries: ["IRQ", "USA"], country: "IRQ",
                     start: PartialDate("2023-08"), status: .planned, location: nil,
                     people: [Person(name: "A", nameOriginal: "أ", role: nil, country: "IRQ", isHead: true),
                              Person(name: "", nameOriginal: "ب", role: "Minister", country: nil)],
                     evidence: first),
        sources: [
            EventSource(articleID: 3, title: "T", url: nil, published: PartialDate("2023"), language: "ar", evidence: first),
            EventSource(articleID: 5, title: "", url: "https://example.org", published: nil, language: nil,
                        evidence: Evidence(sentence: "", start: 0, end: 0, rule: "r"), copyOf: 3),
            EventSource(articleID: 5, title: "", url: nil, published: nil, language: nil,
                        evidence: Evidence(sentence: "x", start: 1, end: 2, rule: "r")),
        ])

    @Test func anArchivedEventComesBackFromItsRecordUnchanged() {
        var record = EventRecord()
        record.fill(from: Self.event)
        #expect(ArchivedEvent(record) == Self.event)
        #expect(record.sourceCount == Self.event.sourceCount)
        #expect(record.string(record.countries) == "IRQ;USA")
        // Nil stays nil, and an empty text stays empty.
        #expect(record.string(record.name) == nil)
        #expect(record.string(record.people[1].name) == "")
    }

    @Test func aRecordFilledAgainHoldsOnlyTheNewEvent() {
        var record = EventRecord()
        record.fill(from: Self.event)
        var other = Self.event
        other.id = 13
        other.event.people = []
        other.sources = [other.sources[0]]
        record.fill(from: other)
        #expect(ArchivedEvent(record) == other)
    }

    @Test func anEventNoArticleReportsHasNoArchivedEvent() {
        var record = EventRecord()
        record.fill(from: Self.event)
        record.sources = []
        #expect(ArchivedEvent(record) == nil)
    }
}
