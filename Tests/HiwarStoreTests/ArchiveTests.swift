import HiwarModel
import Testing
@testable import HiwarStore

@Suite struct ArchiveTests {
    let folder: TemporaryFolder
    let archive: Archive

    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive(path: folder.file("archive.sqlite"), catalog: Fixtures.catalog)
    }

    private func allEvents() throws -> [ArchivedEvent] {
        var events: [ArchivedEvent] = []
        try archive.events(matching: EventFilter()) { events.append($0) }
        return events
    }

    private let head = Person(name: "Thabet al-Abbasi", nameOriginal: "ثابت العباسي", role: "Minister of Defense",
                              country: "IRQ", isHead: true)

    @Test func storedEventReadsBackWithEveryField() throws {
        let article = Article(title: "وفد عراقي في واشنطن", body: "نص الخبر.\nSecond line.", source: "INA",
                              url: "https://example.org/a", published: PartialDate("2023-08-10"), language: "ar",
                              origin: "news/a.txt")
        let event = Event(type: .delegation, name: "Iraqi delegation", nameOriginal: "الوفد العراقي",
                          countries: ["USA", "IRQ"], country: "IRQ", start: PartialDate("2023-08-07"),
                          end: PartialDate("2023-08-08"), status: .occurred, location: "Washington",
                          people: [Person(name: "Aide", nameOriginal: "مساعد"), head],
                          evidence: Evidence(sentence: "نص الخبر.", start: 0, end: 9, triggerStart: 0, triggerEnd: 2,
                                             rule: "ar.delegation.headed"))
        let outcome = try archive.importBatch { try $0.add(article, events: [event]) }
        #expect(outcome == .imported(articleID: 1, events: 1))
        let source = EventSource(articleID: 1, title: "وفد عراقي في واشنطن", url: "https://example.org/a",
                                 published: PartialDate("2023-08-10"), language: "ar", evidence: event.evidence)
        #expect(try allEvents() == [ArchivedEvent(id: 1, event: event, sources: [source])])
        #expect(try archive.counts() == (articles: 1, events: 1))
        // Offsets count Unicode scalars, as SQLite's substr does on text.
        #expect(try archive.database.scalar(sql: """
            SELECT substr(a.body, m.start + 1, m."end" - m.start) FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
            """) == "نص الخبر.")
    }

    @Test func articleRowKeepsItsFields() throws {
        _ = try archive.importBatch { try $0.add(Fixtures.article("Talks"), events: []) }
        let select = try archive.database.makeStatement(sql: """
            SELECT content_hash, title, source, url, published, language, body, origin,
                   imported_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'
            FROM articles
            """)
        #expect(try select.step())
        #expect(select.column(0) as String == Fixtures.article("Talks").contentHash)
        #expect(select.column(1) as String == "Talks")
        #expect(select.column(2) as String? == "Test Wire")
        #expect(select.column(3) as String? == "https://example.org/5")
        #expect(select.column(4) as String? == "2023-08-10")
        #expect(select.column(5) as String? == "en")
        #expect(select.column(6) as String == "Body text.")
        #expect(select.column(7) as String? == "test/Talks.txt")
        #expect(select.column(8) as Bool)
    }

    @Test func addingTheSameArticleTwiceKeepsOneRow() throws {
        let article = Fixtures.article("Once")
        let first = try archive.importBatch { try $0.add(article, events: [Fixtures.event(start: "2023")]) }
        var moved = article
        moved.origin = "elsewhere/once.jsonl:3"
        let again = try archive.importBatch { session in
            [try session.add(moved, events: [Fixtures.event(start: "2023")]), try session.add(article, events: [])]
        }
        #expect(first == .imported(articleID: 1, events: 1))
        #expect(again == [.alreadyPresent(articleID: 1), .alreadyPresent(articleID: 1)])
        #expect(try archive.counts() == (articles: 1, events: 1))
    }

    @Test func unknownCountryFailsOnlyItsArticle() throws {
        let outcomes = try archive.importBatch { session in
            let first = try session.add(Fixtures.article("First"), events: [Fixtures.event(start: "2021")])
            let error = try #require(throws: ArchiveError.self) {
                try session.add(Fixtures.article("Broken"),
                                events: [Fixtures.event(start: "2022"), Fixtures.event(.dialogue, ["IRQ", "XYZ"], start: "2022")])
            }
            #expect(error == .unknownCountry(code: "XYZ"))
            #expect(error.description == "unknown country code \"XYZ\": not in the country catalogue")
            let third = try session.add(Fixtures.article("Third"), events: [Fixtures.event(start: "2023")])
            return [first, third]
        }
        #expect(outcomes == [.imported(articleID: 1, events: 1), .imported(articleID: 2, events: 1)])
        #expect(try archive.counts() == (articles: 2, events: 2))
        #expect(try allEvents().map { $0.event.start?.description } == ["2021", "2023"])
        #expect(try archive.database.scalar(sql: "SELECT count(*) FROM mentions") == 2)
        #expect(try archive.database.scalar(sql: "SELECT count(*) FROM articles_search WHERE articles_search MATCH 'broken'") == 0)
        // The search rows, written when the batch ends, are those of the stored articles, under their ids.
        #expect(try indexedIDs() == [1, 2])
        #expect(try indexedIDs(matching: "first") == [1])
        #expect(try indexedIDs(matching: "third") == [2])
    }

    @Test func searchRowsWrittenPartWayThroughABatchAreKeptWithTheRest() throws {
        try archive.importBatch { session in
            _ = try session.add(Fixtures.article("First"), events: [])
            try session.writeSearchRows()  // as when the queued search text outgrows `ImportSession.searchBytesHeld`
            _ = try session.add(Fixtures.article("Second"), events: [])
        }
        #expect(try indexedIDs() == [1, 2])
        #expect(try indexedIDs(matching: "second") == [2])
    }

    @Test func anImportingConnectionKeepsALargerPageCache() throws {
        #expect(try archive.database.scalar(sql: "PRAGMA cache_size", as: Int.self) == -2000)  // SQLite's default
        try archive.importBatch { _ in }
        #expect(try archive.database.scalar(sql: "PRAGMA cache_size", as: Int.self) == -Archive.importCacheKiB)
    }

    /// The articles `articles_search` holds words of (FTS5 keeps a size row for each), or those matching `word`.
    private func indexedIDs(matching word: String? = nil) throws -> [Int64] {
        let rows = try archive.database.makeStatement(sql: word == nil ? "SELECT id FROM articles_search_docsize ORDER BY id"
            : "SELECT rowid FROM articles_search WHERE articles_search MATCH ? ORDER BY rowid")
        if let word { try rows.bind(word, at: 1) }
        var ids: [Int64] = []
        while try rows.step() { ids.append(rows.column(0)) }
        return ids
    }

    @Test func unknownCountryIsNamedWhereverItStands() throws {
        let cases: [(Event, String)] = [
            (Fixtures.event(.delegation, start: "2023", country: "ZZA"), "ZZA"),
            (Fixtures.event(start: "2023", people: [Person(name: "A", nameOriginal: "A", country: "ZZB")]), "ZZB"),
        ]
        for (event, code) in cases {
            #expect(throws: ArchiveError.unknownCountry(code: code)) {
                try archive.importBatch { try $0.add(Fixtures.article(code), events: [event]) }
            }
        }
        #expect(try archive.counts() == (articles: 0, events: 0))
    }

    @Test func errorThrownOutOfTheBatchRollsAllOfItBack() throws {
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try archive.importBatch { session in
                _ = try session.add(Fixtures.article("Gone"), events: [Fixtures.event(start: "2023")])
                throw Stop()
            }
        }
        #expect(try archive.counts() == (articles: 0, events: 0))
    }

    @Test func peopleAreStoredOnceAcrossEvents() throws {
        _ = try archive.importBatch { session in
            _ = try session.add(Fixtures.article("One"), events: [Fixtures.event(.delegation, start: "2023", country: "IRQ", people: [head])])
            _ = try session.add(Fixtures.article("Two"), events: [Fixtures.event(.delegation, start: "2024", country: "IRQ", people: [head])])
        }
        #expect(try archive.database.scalar(sql: "SELECT count(*) FROM people") == 1)
        #expect(try allEvents().map { $0.event.head } == [head, head])
    }

    @Test func fullTextIndexFollowsArticles() throws {
        _ = try archive.importBatch { session in
            _ = try session.add(Fixtures.article("Baghdad talks", body: "وصل الوَفْدُ إلى واشنطن"), events: [])
        }
        #expect(try indexedIDs(matching: "واشنطن") == [1])
        #expect(try indexedIDs(matching: "وفد") == [1])  // folded, without harakat and ال
        #expect(try indexedIDs(matching: "baghdad") == [1])
        // Changed or deleted by another tool: the next batch takes the old words out, and indexes the new ones.
        try archive.database.execute(sql: "UPDATE articles SET title = 'Ankara talks'")
        try archive.importBatch { _ in }
        #expect(try indexedIDs(matching: "baghdad") == [])
        #expect(try indexedIDs(matching: "ankara") == [1])
        #expect(try indexedIDs(matching: "واشنطن") == [1])
        try archive.database.execute(sql: "DELETE FROM articles")
        try archive.importBatch { _ in }
        #expect(try indexedIDs() == [])
        #expect(try archive.database.scalar(sql: "SELECT count(*) FROM articles_unindexed") == 0)
        // An article added by another tool was never indexed: its deletion leaves the index as it is.
        try archive.database.execute(sql: "INSERT INTO articles (content_hash, title, body) VALUES ('h', 'Outside', 'Not indexed.')")
        try archive.database.execute(sql: "DELETE FROM articles")
        try archive.importBatch { _ in }
        try archive.database.execute(sql: "INSERT INTO articles_search (articles_search) VALUES ('integrity-check')")
        #expect(try indexedIDs() == [])
    }

    @Test func deletingAnArticleDeletesTheEventsOnlyItReported() throws {
        _ = try archive.importBatch { session in
            _ = try session.add(Fixtures.article("Gone"), events: [Fixtures.event(start: "2022")])
            _ = try session.add(Fixtures.article("Kept"), events: [Fixtures.event(start: "2023")])
        }
        try archive.database.execute(sql: "DELETE FROM articles WHERE title = 'Gone'")
        #expect(try archive.counts() == (articles: 1, events: 1))
        #expect(try archive.database.scalar(sql: "SELECT count(*) FROM event_countries") == 2)
        #expect(try allEvents().map { $0.event.start?.description } == ["2023"])
    }

    @Test func timelineViewGivesOneFlatRowPerEvent() throws {
        _ = try archive.importBatch { session in
            _ = try session.add(Fixtures.article("Later"), events: [Fixtures.event(start: nil, status: .planned)])
            _ = try session.add(Fixtures.article("Visit"), events: [
                Fixtures.event(.delegation, ["USA", "IRQ"], start: "2023-08-07", country: "IRQ", people: [head]),
            ])
        }
        let select = try archive.database.makeStatement(sql: """
            SELECT id, type, countries, country, start, status, head_name, head_role, source_count, first_title, first_url
            FROM timeline
            """)
        #expect(try select.step())
        #expect(select.column(0) as Int == 2)
        #expect(select.column(1) as String == "delegation")
        #expect(select.column(2) as String == "IRQ;USA")
        #expect(select.column(3) as String? == "IRQ")
        #expect(select.column(4) as String? == "2023-08-07")
        #expect(select.column(5) as String == "occurred")
        #expect(select.column(6) as String? == "Thabet al-Abbasi")
        #expect(select.column(7) as String? == "Minister of Defense")
        #expect(select.column(8) as Int == 1)
        #expect(select.column(9) as String? == "Visit")
        #expect(select.column(10) as String? == "https://example.org/5")
        #expect(try select.step())
        #expect(select.column(0) as Int == 1)
        #expect(select.column(4) as String? == nil)
        #expect(select.column(6) as String? == nil)
        #expect(try select.step() == false)
    }

    @Test func countriesTableFollowsTheCatalogue() throws {
        let name = "SELECT name_en FROM countries WHERE alpha3 = 'TUR'"
        #expect(try archive.database.scalar(sql: name) == "Türkiye")
        #expect(try archive.database.scalar(sql: "SELECT count(*) FROM countries") == 4)
        let renamed = CountryCatalog(tsv: """
            alpha3\talpha2\tcow\tun\tname_en\tname_ar\tvariants_en\tvariants_ar\tadjectives_en\tadjectives_ar\tcapitals_en\tcapitals_ar
            TUR\tTR\t640\tmember\tTurkey\tتركيا\t\t\t\t\t\t
            EGY\tEG\t651\tmember\tEgypt\tمصر\t\t\t\t\t\t
            """)
        let reopened = try Archive(path: archive.path, catalog: renamed)
        #expect(try reopened.database.scalar(sql: name) == "Turkey")
        #expect(try reopened.database.scalar(sql: "SELECT count(*) FROM countries") == 5)
    }

    @Test func shippedCatalogueFillsTheCountriesTable() throws {
        let shipped = try Archive(path: folder.file("shipped.sqlite"))
        #expect(try shipped.database.scalar(sql: "SELECT count(*) FROM countries") == CountryCatalog.shared.countries.count)
        #expect(try shipped.database.scalar(sql: "SELECT name_ar FROM countries WHERE alpha3 = 'IRQ'") == "العراق")
    }
}
