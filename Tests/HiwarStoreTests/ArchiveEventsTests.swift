import HiwarModel
import Testing
@testable import HiwarStore

/// `Archive.events(matching:)`: order and every filter of `EventFilter`, over one fixed archive.
@Suite struct ArchiveEventsTests {
    let folder: TemporaryFolder
    let archive: Archive

    /// Names of the stored events (`type start`), in insertion order: ids 1 to 9.
    static let stored: [Event] = [
        Fixtures.event(.dialogue, ["IRQ", "USA"], start: "2023-08-07", end: "2023-08-08"),            // 1
        Fixtures.event(.agreement, ["IRQ", "USA"], start: "2008", status: .referenced),                // 2
        Fixtures.event(.dialogue, ["IRQ", "USA"], start: nil, status: .planned),                       // 3
        Fixtures.event(.committee, ["IRQ", "TUR"], start: "2023-08", status: .occurred),               // 4
        Fixtures.event(.meeting, ["IRN", "IRQ"], start: "2023-07-31", end: "2023-08-02"),              // 5
        Fixtures.event(.delegation, ["IRQ", "USA"], start: "2023-08-07", country: "IRQ"),              // 6
        Fixtures.event(.agreement, ["IRN", "IRQ", "TUR"], start: "2024-03-19", status: .planned),      // 7
        Fixtures.event(.dialogue, ["IRQ", "TUR"], start: "2023", status: .referenced),                 // 8
        Fixtures.event(.committee, ["IRN", "IRQ"], start: nil, status: .referenced),                   // 9
    ]

    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive(path: folder.file("events.sqlite"), catalog: Fixtures.catalog)
        _ = try archive.importBatch { session in
            for (index, event) in ArchiveEventsTests.stored.enumerated() {
                _ = try session.add(Fixtures.article("Article \(index + 1)"), events: [event])
            }
        }
    }

    private func ids(_ filter: EventFilter) throws -> [Int64] {
        var ids: [Int64] = []
        try archive.events(matching: filter) { ids.append($0.id) }
        return ids
    }

    @Test func everythingInDateOrderUndatedLast() throws {
        // 2008 < 2023 < 2023-07-31 < 2023-08 < 2023-08-07 (1, then 6) < 2024-03-19; undated 3, 9 by id.
        #expect(try ids(EventFilter()) == [2, 8, 5, 4, 1, 6, 7, 3, 9])
    }

    @Test func eventsComeBackAsStored() throws {
        var events: [ArchivedEvent] = []
        try archive.events(matching: EventFilter()) { events.append($0) }
        for archived in events {
            #expect(archived.event == ArchiveEventsTests.stored[Int(archived.id) - 1])
            #expect(archived.sources.map(\.articleID) == [archived.id])
            #expect(archived.sources.map(\.title) == ["Article \(archived.id)"])
        }
    }

    @Test func oneCountry() throws {
        #expect(try ids(EventFilter(countries: ["TUR"])) == [8, 4, 7])
        #expect(try ids(EventFilter(countries: ["IRQ"])) == [2, 8, 5, 4, 1, 6, 7, 3, 9])
        #expect(try ids(EventFilter(countries: ["EGY"])) == [])
    }

    @Test func countriesMeansEventsInvolvingAllOfThem() throws {
        #expect(try ids(EventFilter(countries: ["IRQ", "USA"])) == [2, 1, 6, 3])
        #expect(try ids(EventFilter(countries: ["IRN", "TUR"])) == [7])
        #expect(try ids(EventFilter(countries: ["USA", "TUR"])) == [])
        #expect(try ids(EventFilter(countries: ["TUR", "IRN", "IRQ"])) == [7])
        #expect(try ids(EventFilter(countries: ["TUR", "IRN", "USA"])) == [])
    }

    @Test func yearMatchesStartsInThatYear() throws {
        #expect(try ids(EventFilter(year: 2023)) == [8, 5, 4, 1, 6])
        #expect(try ids(EventFilter(year: 2008)) == [2])
        #expect(try ids(EventFilter(year: 2022)) == [])
        #expect(try ids(EventFilter(year: 0)) == [])
    }

    @Test func rangeOverlapsPartialDates() throws {
        // A day inside August 2023 overlaps the month-dated committee (4) and the 2023 dialogue (8).
        let day = PartialDate("2023-08-15")
        #expect(try ids(EventFilter(from: day, to: day)) == [8, 4])
        // The meeting 2023-07-31..2023-08-02 overlaps August; the 2023-08-07 round does not overlap up to 08-06.
        #expect(try ids(EventFilter(from: PartialDate("2023-08"), to: PartialDate("2023-08-06"))) == [8, 5, 4])
        // `to: 2023-07` covers all of July: the meeting starting on the 31st is in.
        #expect(try ids(EventFilter(from: PartialDate("2023-07"), to: PartialDate("2023-07"))) == [8, 5])
        #expect(try ids(EventFilter(from: PartialDate("2023-08-08"))) == [8, 4, 1, 7])
        #expect(try ids(EventFilter(to: PartialDate("2023"))) == [2, 8, 5, 4, 1, 6])
        #expect(try ids(EventFilter(from: PartialDate("2025"))) == [])
    }

    @Test func typesAndStatuses() throws {
        #expect(try ids(EventFilter(types: [.committee, .agreement])) == [2, 4, 7, 9])
        #expect(try ids(EventFilter(statuses: [.planned])) == [7, 3])
        #expect(try ids(EventFilter(types: [.dialogue], statuses: [.occurred, .referenced])) == [8, 1])
    }

    @Test func filtersCombine() throws {
        #expect(try ids(EventFilter(countries: ["IRQ", "USA"], year: 2023, types: [.dialogue, .delegation])) == [1, 6])
        #expect(try ids(EventFilter(countries: ["IRN"], from: PartialDate("2023-08"), statuses: [.occurred])) == [5])
    }

    @Test func callbackCanStopTheStream() throws {
        struct Enough: Error {}
        var seen: [Int64] = []
        #expect(throws: Enough.self) {
            try archive.events(matching: EventFilter()) { event in
                seen.append(event.id)
                if seen.count == 2 { throw Enough() }
            }
        }
        #expect(seen == [2, 8])
        #expect(try ids(EventFilter(year: 2008)) == [2])
    }

    /// The steps of SQLite's plan for the filter's timeline query, as `Archive.events(matching:)` runs it.
    /// With `dependent`, the plan of the statement that reads those rows of the events, in step with them.
    private func plan(_ filter: EventFilter, newestFirst: Bool = false, whole: Bool = false,
                      reading dependent: EventQuery.Dependent? = nil) throws -> [String] {
        let query = filter.query(whole: whole)
        let sql = dependent.map { query.sql(reading: "1", of: $0, newestFirst: newestFirst) }
            ?? query.sql(selecting: "e.id", newestFirst: newestFirst)
        let plan = try archive.database.makeStatement(sql: "EXPLAIN QUERY PLAN " + sql)
        try plan.bind(query.arguments)
        var details: [String] = []
        while try plan.step() { details.append(plan.column(3)) }
        return details
    }

    @Test func timelineQueryWalksTheStartIndexWithoutSorting() throws {
        #expect(try plan(EventFilter(from: PartialDate("2023"), to: PartialDate("2023")))
                == ["SEARCH e USING INDEX events_by_start (start<?)"])
    }

    @Test func aStateOrAPairWalksTheStateIndexInDateOrderWithoutSorting() throws {
        let byState = "SEARCH c USING COVERING INDEX event_countries_by_country_start (country=?)"
        let event = "SEARCH e USING INTEGER PRIMARY KEY (rowid=?)"
        #expect(try plan(EventFilter(countries: ["IRQ"])) == [byState, event])
        #expect(try plan(EventFilter(countries: ["IRQ"]), newestFirst: true) == [byState, event])
        #expect(try plan(EventFilter(countries: ["USA", "IRQ"], types: [.dialogue]))
                == ["SEARCH c USING COVERING INDEX event_pairs_by_pair_start (state_a=? AND state_b=?)", event])
        #expect(try plan(EventFilter(countries: ["IRN", "TUR", "IRQ"])) == [
            "SEARCH c USING COVERING INDEX event_pairs_by_pair_start (state_a=? AND state_b=?)", "CORRELATED SCALAR SUBQUERY 1",
            "SEARCH event_countries USING PRIMARY KEY (event_id=? AND country=?)", event,
        ])
        #expect(try plan(EventFilter(countries: ["IRQ"], year: 2023))
                == ["SEARCH c USING COVERING INDEX event_countries_by_country_start (country=? AND start>? AND start<?)", event])
    }

    @Test func timelineSQLForTheSQLiteToolReadsTheSameEvents() throws {
        for filter in [EventFilter(countries: ["IRQ", "USA"], year: 2023), EventFilter(types: [.dialogue], statuses: [.planned]),
                       EventFilter(from: PartialDate("2023-08"), to: PartialDate("2024"))] {
            let statement = try archive.database.makeStatement(sql: filter.timelineSQL(limit: 3))
            var read: [Int64] = []
            while try statement.step() { read.append(statement.column(0)) }
            #expect(try read == Array(ids(filter).prefix(3)))
        }
    }

    @Test func peopleAndSourcesAreReadInTheEventsOrderWithoutSortingThemAll() throws {
        for filter in [EventFilter(), EventFilter(types: [.dialogue]), EventFilter(countries: ["IRQ", "USA"], year: 2023)] {
            for dependent in [EventQuery.Dependent.countries, .people, .sources] {
                let steps = try plan(filter, reading: dependent)
                #expect(!steps.contains("USE TEMP B-TREE FOR ORDER BY"), "\(filter) \(dependent.table): \(steps)")
            }
        }
    }

    @Test func exportingEveryEventWithoutStatesOrDatesScansTheEventsInStorageOrderWithoutSorting() throws {
        // Everything: the dependent rows in event id order from their own index, without the events.
        #expect(try plan(EventFilter(), whole: true) == ["SCAN e"])
        #expect(try plan(EventFilter(), whole: true, reading: .countries) == ["SCAN ec"])
        #expect(try plan(EventFilter(), whole: true, reading: .people) == ["SCAN ep", "SEARCH p USING INTEGER PRIMARY KEY (rowid=?)"])
        #expect(try plan(EventFilter(), whole: true, reading: .sources)
                == ["SCAN m USING COVERING INDEX mentions_by_event", "SEARCH a USING INTEGER PRIMARY KEY (rowid=?)"])
        // A type or a status: joined to the scan of the events, each event's rows by its id.
        let filter = EventFilter(types: [.dialogue], statuses: [.planned])
        #expect(try plan(filter, whole: true) == ["SCAN e"])
        #expect(try plan(filter, whole: true, reading: .people)
                == ["SCAN e", "SEARCH ep USING PRIMARY KEY (event_id=?)", "SEARCH p USING INTEGER PRIMARY KEY (rowid=?)"])
        #expect(try plan(filter, whole: true, reading: .sources)
                == ["SCAN e", "SEARCH m USING COVERING INDEX mentions_by_event (event_id=?)", "SEARCH a USING INTEGER PRIMARY KEY (rowid=?)"])
        // A state or a date narrows the walk to a small share: it stays on its index, in order.
        #expect(try plan(EventFilter(countries: ["IRQ"]), whole: true).last == "SEARCH e USING INTEGER PRIMARY KEY (rowid=?)")
        #expect(try plan(EventFilter(year: 2023), whole: true) == ["SEARCH e USING COVERING INDEX events_by_start (start>? AND start<?)"])
    }

    @Test func exportingRendersTheSameEventsInTheSameOrder() throws {
        func render(_ event: ArchivedEvent, to bytes: inout [UInt8]) {
            bytes += "\(event.id) \(event.event.start?.description ?? "-") \(event.sources.map(\.articleID))\n".utf8
        }
        for filter in [EventFilter(), EventFilter(types: [.committee, .agreement]), EventFilter(statuses: [.planned]),
                       EventFilter(countries: ["IRQ"]), EventFilter(year: 2023)] {
            var streamed: [UInt8] = [], exported: [UInt8] = []
            try archive.events(matching: filter) { render($0, to: &streamed) }
            try archive.events(matching: filter, whole: true, rendering: { render(ArchivedEvent($0)!, to: &$1) }) { exported += $0 }
            #expect(String(decoding: exported, as: UTF8.self) == String(decoding: streamed, as: UTF8.self), "\(filter)")
        }
    }

    @Test func exportingEverythingPassesOverTheRowsOfAnEventThatIsGone() throws {
        // Deleted with foreign keys off, event 4 leaves its parties, people and reports behind.
        try archive.database.execute(sql: "PRAGMA foreign_keys = OFF; DELETE FROM events WHERE id = 4; PRAGMA foreign_keys = ON")
        var ids: [Int64] = [], countries: [String] = []
        try archive.events(matching: EventFilter(), whole: true, rendering: { record, _ in
            ids.append(record.id)
            countries.append(record.string(record.countries) ?? "")
        }) { _ in }
        #expect(ids == [1, 2, 3, 5, 6, 7, 8, 9])
        #expect(countries == ["IRQ;USA", "IRQ;USA", "IRQ;USA", "IRN;IRQ", "IRQ;USA", "IRN;IRQ;TUR", "IRQ;TUR", "IRN;IRQ"])
    }

    @Test func aStateNewestFirstKeepsUndatedLast() throws {
        var ids: [Int64] = []
        try archive.events(matching: EventFilter(countries: ["IRQ"]), newestFirst: true) { ids.append($0.id) }
        #expect(ids == [7, 6, 1, 4, 5, 8, 2, 9, 3])
    }

    @Test func aMergedReportsMorePreciseDateMovesItsStatesCopy() throws {
        var report = Fixtures.event(.dialogue, ["IRQ", "TUR"], start: "2023-05-02")
        report.name = "dialogue 2023"
        _ = try archive.importBatch { session in _ = try session.add(Fixtures.article("Article 10"), events: [report]) }
        #expect(try archive.database.scalar(sql: "SELECT group_concat(start, ' ') FROM event_countries WHERE event_id = 8")
                == "2023-05-02 2023-05-02")
        #expect(try archive.database.scalar(sql: "SELECT start FROM event_pairs WHERE event_id = 8") == "2023-05-02")
        #expect(try ids(EventFilter(countries: ["TUR", "IRQ"], year: 2023)) == [8, 4])
        #expect(try ids(EventFilter(countries: ["TUR"])) == [8, 4, 7])
        #expect(try ids(EventFilter(countries: ["TUR"], year: 2023)) == [8, 4])
    }
}
