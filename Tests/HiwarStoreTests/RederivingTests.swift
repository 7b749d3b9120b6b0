import HiwarModel
import Testing
@testable import HiwarStore

/// After `Archive.remove(articleID:)`, an event other articles still report is what those reports
/// alone make of it (schema 6 keeps each report's own reading; docs/MERGING.md).
@Suite struct RederivingTests {
    typealias Merging = ImportSessionMergingTests

    let folder: TemporaryFolder
    let archive: Archive

    static let head = Person(name: "Thabet al-Abbasi", nameOriginal: "ثابت العباسي", role: "Minister of Defense", country: "IRQ",
                             isHead: true)

    /// Article 1 announces the August 2023 round; article 2 reports it held on 7 August in
    /// Washington, with its Arabic name and the head of the Iraqi delegation.
    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive(path: folder.file("rederive.sqlite"), catalog: Fixtures.catalog)
        var announced = Merging.dialogue(start: "2023-08", status: .planned)
        announced.name = nil
        var held = Merging.dialogue(start: "2023-08-07", nameOriginal: "الحوار الأمني المشترك", status: .occurred, people: [Self.head])
        held.location = "Washington"
        try archive.importBatch { session in
            _ = try session.add(Merging.article("Announced", Merging.englishBody), events: [announced])
            _ = try session.add(Merging.article("حوار أمني", Merging.arabicBody, language: "ar"), events: [held])
        }
    }

    private func event() throws -> Event? {
        var found: Event?
        try archive.events(matching: EventFilter(countries: ["IRQ"])) { found = $0.event }
        return found
    }

    @Test func bothReportsMakeOneEvent() throws {
        let merged = try #require(try event())
        #expect(merged.name == "Joint Security Cooperation Dialogue" && merged.nameOriginal == "الحوار الأمني المشترك")
        #expect(merged.start == PartialDate("2023-08-07") && merged.location == "Washington" && merged.status == .occurred)
        #expect(merged.people == [Self.head])
    }

    @Test func removingTheRicherReportTakesWhatOnlyItSaid() throws {
        let removed = try #require(try archive.remove(articleID: 2))
        #expect(removed.keptEvents == 1 && removed.unrederived == 0)
        let left = try #require(try event())
        #expect(left.name == nil && left.nameOriginal == nil && left.location == nil && left.people == [])
        #expect(left.start == PartialDate("2023-08") && left.status == .planned)
        // The state's timeline index follows the date back.
        #expect(try archive.database.scalar(sql: "SELECT group_concat(start, ' ') FROM event_countries") == "2023-08 2023-08")
        var dated: [String] = []
        try archive.events(matching: EventFilter(countries: ["USA"], from: PartialDate("2023-08-20"))) { dated.append($0.event.start!.description) }
        #expect(dated == ["2023-08"])
    }

    @Test func removingTheFirstReportLeavesTheOtherAsItSaidIt() throws {
        _ = try archive.remove(articleID: 1)
        let left = try #require(try event())
        #expect(left.name == "Joint Security Cooperation Dialogue" && left.nameOriginal == "الحوار الأمني المشترك")
        #expect(left.start == PartialDate("2023-08-07") && left.location == "Washington" && left.status == .occurred)
        #expect(left.people == [Self.head])
    }

    @Test func aReportStoredBeforeSchema6LeavesTheEventAsItWas() throws {
        try archive.database.execute(sql: "UPDATE mentions SET reported_status = NULL WHERE article_id = 1")
        let removed = try #require(try archive.remove(articleID: 2))
        #expect(removed.keptEvents == 1 && removed.unrederived == 1)
        #expect(try event()?.location == "Washington")
    }

    @Test func migrationKeepsTheReadingOfEventsWithOneReportOnly() throws {
        let path = folder.file("v5.sqlite")
        _ = try Fixtures.olderArchive(at: path, schema: 5, rows: """
            INSERT INTO articles (id, content_hash, title, body) VALUES (1, 'a', 'One', 'One.'), (2, 'b', 'Two', 'Two.');
            INSERT INTO events (id, type, name, start, status, location) VALUES
                (1, 'committee', 'Joint committee', '2022-05', 'occurred', 'Ankara'),
                (2, 'meeting', NULL, '2022-06-01', 'planned', NULL);
            INSERT INTO event_countries (event_id, country) VALUES (1, 'IRQ'), (1, 'TUR'), (2, 'IRQ'), (2, 'TUR');
            INSERT INTO people (id, name, name_original) VALUES (1, 'Hakan Fidan', 'هاكان فيدان');
            INSERT INTO event_people (event_id, position, person_id, country, is_head) VALUES (1, 0, 1, 'TUR', 1);
            INSERT INTO mentions (id, event_id, article_id, sentence, start, "end", rule) VALUES
                (1, 1, 1, 'One.', 0, 4, 'test'), (2, 2, 1, 'One.', 0, 4, 'test'), (3, 2, 2, 'Two.', 0, 4, 'test');
            """)
        let migrated = try Archive(path: path, catalog: Fixtures.catalog)
        let readings = try migrated.database.makeStatement(sql: """
            SELECT id, coalesce(reported_name, '-') || ' ' || coalesce(reported_start, '-') || ' ' || coalesce(reported_status, '-')
                   || ' ' || coalesce(reported_location, '-') || ' ' || (SELECT count(*) FROM mention_people WHERE mention_id = mentions.id)
            FROM mentions ORDER BY id
            """)
        var rows: [String] = []
        while try readings.step() { rows.append("\(readings.column(0) as Int) \(readings.column(1) as String)") }
        #expect(rows == ["1 Joint committee 2022-05 occurred Ankara 1", "2 - - - - 0", "3 - - - - 0"])
    }
}
