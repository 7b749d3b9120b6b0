import HiwarModel
import Testing
@testable import HiwarStore

/// Reports of one event from several articles become one event with several sources (docs/MERGING.md).
@Suite struct ImportSessionMergingTests {
    let folder: TemporaryFolder
    let archive: Archive

    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive(path: folder.file("merging.sqlite"), catalog: Fixtures.catalog)
    }

    static let englishBody = """
        Baghdad and Washington held the fourth round of their joint security cooperation dialogue on Monday, \
        with delegations led by the two defence ministers discussing the future of the coalition mission, \
        training programmes for Iraqi forces, border surveillance and the exchange of intelligence about \
        remaining cells in the western desert, officials said after the closing session in the American capital.
        """
    static let arabicBody = """
        اختتمت في واشنطن يوم الثلاثاء جولة الحوار الأمني المشترك بين العراق والولايات المتحدة بمشاركة وفدين \
        برئاسة وزيري الدفاع، وناقش الجانبان مستقبل مهمة التحالف وبرامج التدريب ومراقبة الحدود وتبادل المعلومات.
        """

    static func article(_ title: String, _ body: String, language: String = "en") -> Article {
        Article(title: title, body: body, published: PartialDate("2023-08-10"), language: language, origin: title)
    }

    static func dialogue(_ countries: [String] = ["IRQ", "USA"], type: EventType = .dialogue, start: String?,
                         name: String? = "Joint Security Cooperation Dialogue", nameOriginal: String? = nil,
                         country: String? = nil, status: EventStatus = .occurred, people: [Person] = []) -> Event {
        Event(type: type, name: name, nameOriginal: nameOriginal, countries: countries, country: country,
              start: start.flatMap { PartialDate($0) }, status: status, people: people,
              evidence: Evidence(sentence: "Sentence.", start: 0, end: 9, triggerStart: 0, triggerEnd: 8, rule: "test"))
    }

    /// Imports each article with its events, in order.
    private func store(_ reports: [(Article, [Event])]) throws {
        try archive.importBatch { session in
            for (article, events) in reports { _ = try session.add(article, events: events) }
        }
    }

    private func events() throws -> [ArchivedEvent] {
        var events: [ArchivedEvent] = []
        try archive.events(matching: EventFilter()) { events.append($0) }
        return events
    }

    @Test func arabicAndEnglishReportsOfOneDialogueMerge() throws {
        let head = Person(name: "Thabet al-Abbasi", nameOriginal: "ثابت العباسي", role: "Minister of Defense", country: "IRQ",
                          isHead: true)
        try store([
            (Self.article("Iraq and US hold dialogue", Self.englishBody), [Self.dialogue(start: "2023-08")]),
            (Self.article("حوار أمني", Self.arabicBody, language: "ar"),
             [Self.dialogue(start: "2023-08-08", nameOriginal: "الحوار الأمني المشترك", status: .occurred, people: [head])]),
        ])
        let merged = try events()
        #expect(merged.count == 1)
        #expect(merged[0].sources.map(\.articleID) == [1, 2])
        #expect(merged[0].sources.map(\.copyOf) == [nil, nil])
        #expect(merged[0].sourceCount == 2)
        // The Arabic report was more precise and named the head and the original name.
        #expect(merged[0].event.start == PartialDate("2023-08-08"))
        #expect(merged[0].event.nameOriginal == "الحوار الأمني المشترك")
        #expect(merged[0].event.people == [head])
        #expect(try archive.database.scalar(sql: "SELECT source_count FROM timeline", as: Int.self) == 2)
    }

    @Test func aLessPreciseLaterReportKeepsTheStoredDate() throws {
        try store([
            (Self.article("one", "First report."), [Self.dialogue(start: "2023-08-07", status: .planned)]),
            (Self.article("two", "Second report."), [Self.dialogue(start: "2023", status: .occurred)]),
        ])
        let merged = try events()
        #expect(merged.map(\.event.start) == [PartialDate("2023-08-07")])
        #expect(merged.map(\.event.status) == [.occurred])
    }

    @Test func differentDyadsTypesSendersOrDatesNeverMerge() throws {
        try store([
            (Self.article("a", "A."), [Self.dialogue(start: "2023-08-07")]),
            (Self.article("b", "B."), [Self.dialogue(["IRQ", "TUR"], start: "2023-08-07")]),
            (Self.article("c", "C."), [Self.dialogue(["IRN", "IRQ", "USA"], start: "2023-08-07")]),
            (Self.article("d", "D."), [Self.dialogue(type: .meeting, start: "2023-08-07")]),
            (Self.article("e", "E."), [Self.dialogue(type: .delegation, start: "2023-08-07", country: "IRQ")]),
            (Self.article("f", "F."), [Self.dialogue(type: .delegation, start: "2023-08-07", country: "USA")]),
            (Self.article("g", "G."), [Self.dialogue(start: "2023-08-09")]),
            (Self.article("h", "H."), [Self.dialogue(start: "2023-09")]),
            (Self.article("i", "I."), [Self.dialogue(start: "2023-08-07", name: "Strategic Dialogue")]),
        ])
        #expect(try events().map(\.sources.count) == [1, 1, 1, 1, 1, 1, 1, 1, 1])
        #expect(try archive.counts() == (articles: 9, events: 9))
    }

    @Test func anUndatedReportMergesOnlyByName() throws {
        try store([
            (Self.article("dated", "Dated."), [Self.dialogue(start: "2023-08-07")]),
            (Self.article("named", "Named."), [Self.dialogue(start: nil, name: "joint security cooperation DIALOGUE")]),
            (Self.article("unnamed", "Unnamed."), [Self.dialogue(start: nil, name: nil)]),
            (Self.article("unnamed again", "Unnamed again."), [Self.dialogue(start: nil, name: nil)]),
        ])
        #expect(try events().map { $0.sources.map(\.articleID) } == [[1, 2], [3], [4]])
    }

    @Test func namesMatchFoldedAndAbsentNamesDoNotBlock() throws {
        try store([
            (Self.article("hamza", "One."), [Self.dialogue(start: "2023-08-07", name: nil, nameOriginal: "الحوار الأمني")]),
            (Self.article("bare", "Two."), [Self.dialogue(start: "2023-08-07", name: nil, nameOriginal: "الحوار الامني")]),
            (Self.article("nameless", "Three."), [Self.dialogue(start: "2023-08", name: nil)]),
        ])
        #expect(try events().map { $0.sources.map(\.articleID) } == [[1, 2, 3]])
    }

    @Test func aSyndicatedCopyIsKeptButNotCountedTwice() throws {
        let copy = "(Wire) " + Self.englishBody.replacingOccurrences(of: "on Monday", with: "on Monday 7 August")
        try store([
            (Self.article("Original", Self.englishBody), [Self.dialogue(start: "2023-08-07")]),
            (Self.article("Syndicated", copy), [Self.dialogue(start: "2023-08-07")]),
            (Self.article("Independent", Self.arabicBody, language: "ar"), [Self.dialogue(start: "2023-08-07")]),
        ])
        let merged = try events()
        #expect(merged.count == 1)
        #expect(merged[0].sources.map(\.articleID) == [1, 2, 3])
        #expect(merged[0].sources.map(\.copyOf) == [nil, 1, nil])
        #expect(merged[0].sourceCount == 2)
        #expect(try archive.database.scalar(sql: "SELECT source_count FROM timeline", as: Int.self) == 2)
    }

    @Test func signaturesEstimateOverlap() throws {
        let original = ArticleSignature(body: Self.englishBody)
        #expect(original.similarity(to: ArticleSignature(body: Self.englishBody.uppercased())) == 1)
        #expect(original.isCopy(of: ArticleSignature(body: Self.englishBody + " Reporting by the desk.")))
        #expect(original.similarity(to: ArticleSignature(body: Self.arabicBody)) < 0.1)
        #expect(ArticleSignature(bytes: original.bytes) == original)
        #expect(ArticleSignature(bytes: [1, 2, 3]) == nil)
        #expect(ArticleSignature(body: "").similarity(to: ArticleSignature(body: "")) == 0)
    }
}
