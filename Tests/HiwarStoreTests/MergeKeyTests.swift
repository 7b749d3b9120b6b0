import HiwarModel
import Testing
@testable import HiwarStore

/// The stored merge key of schema 4 (Migrations/0004_merge_key.sql): filled for the events of an
/// older archive, kept by triggers, and the only way the import finds an event reported again.
@Suite struct MergeKeyTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// A schema-3 archive as hiwar 3 left it: a dialogue and a delegation, each reported by one article.
    private func schema3Archive() throws -> String {
        let path = folder.file("v3.sqlite")
        let database = try Fixtures.olderArchive(at: path, schema: 3, rows: """
            INSERT INTO articles (id, content_hash, title, body) VALUES (1, 'h1', 'Old report', 'Old body.');
            INSERT INTO events (id, type, name, start, status, country) VALUES
                (1, 'dialogue', 'Joint Security Dialogue', '2023-08', 'occurred', NULL),
                (2, 'delegation', NULL, '2023-08-07', 'occurred', 'IRQ');
            INSERT INTO event_countries (event_id, country) VALUES (1, 'USA'), (1, 'IRQ'), (2, 'IRQ'), (2, 'USA');
            INSERT INTO mentions (event_id, article_id, sentence, start, "end", rule) VALUES
                (1, 1, 'Old body.', 0, 9, 'test'), (2, 1, 'Old body.', 0, 9, 'test');
            """)
        #expect(try Migrator.version(of: database) == 3)
        return path
    }

    private func keys(_ archive: Archive) throws -> [String?] {
        let statement = try archive.database.makeStatement(sql: "SELECT merge_key FROM events ORDER BY id")
        var keys: [String?] = []
        while try statement.step() { keys.append(statement.column(0)) }
        return keys
    }

    @Test func migrationFillsTheKeysOfAnOlderArchive() throws {
        let archive = try Archive(path: try schema3Archive(), catalog: Fixtures.catalog)
        #expect(try Migrator.version(of: archive.database) == Archive.schemaVersion)
        #expect(try keys(archive) == ["dialogue|IRQ;USA|", "delegation|IRQ;USA|IRQ"])
        // Later migrations fill their copies of the parties and dates too (schemas 5 and 7).
        #expect(try archive.database.scalar(sql: """
            SELECT group_concat(start, ' ') FROM (SELECT start FROM event_countries ORDER BY event_id, country)
            """) == "2023-08 2023-08 2023-08-07 2023-08-07")
        #expect(try archive.database.scalar(sql: """
            SELECT group_concat(pair, ' ') FROM (SELECT event_id || ':' || state_a || '-' || state_b || '@' || start AS pair
                                                 FROM event_pairs ORDER BY event_id)
            """) == "1:IRQ-USA@2023-08 2:IRQ-USA@2023-08-07")
    }

    @Test func reportsOfEventsStoredBeforeTheKeyStillMerge() throws {
        let archive = try Archive(path: try schema3Archive(), catalog: Fixtures.catalog)
        try archive.importBatch { session in
            var dialogue = Fixtures.event(.dialogue, ["IRQ", "USA"], start: "2023-08-08")
            dialogue.name = "Joint Security Dialogue"
            let delegation = Fixtures.event(.delegation, ["USA", "IRQ"], start: "2023-08", country: "IRQ")
            let otherSender = Fixtures.event(.delegation, ["IRQ", "USA"], start: "2023-08-07", country: "USA")
            _ = try session.add(Fixtures.article("New report"), events: [dialogue, delegation, otherSender])
        }
        var sources: [Int64: Int] = [:]
        try archive.events(matching: EventFilter()) { sources[$0.id] = $0.sources.count }
        #expect(sources == [1: 2, 2: 2, 3: 1])
        #expect(try keys(archive) == ["dialogue|IRQ;USA|", "delegation|IRQ;USA|IRQ", "delegation|IRQ;USA|USA"])
    }

    @Test func triggersKeepTheKeyInStepWithPartiesTypeAndSender() throws {
        let archive = try Archive(path: folder.file("keys.sqlite"), catalog: Fixtures.catalog)
        try archive.importBatch { session in
            _ = try session.add(Fixtures.article("One"), events: [Fixtures.event(.meeting, ["IRN", "IRQ"], start: "2024")])
        }
        #expect(try keys(archive) == ["meeting|IRN;IRQ|"])
        try archive.database.execute(sql: """
            INSERT INTO event_countries (event_id, country) VALUES (1, 'TUR');
            UPDATE events SET type = 'delegation', country = 'TUR';
            """)
        #expect(try keys(archive) == ["delegation|IRN;IRQ;TUR|TUR"])
        #expect(try archive.database.scalar(sql: """
            SELECT group_concat(pair, ' ') FROM (SELECT state_a || '-' || state_b AS pair FROM event_pairs ORDER BY 1)
            """)
                == "IRN-IRQ IRN-TUR IRQ-TUR")
        try archive.database.execute(sql: "DELETE FROM event_countries WHERE country IN ('IRN', 'IRQ', 'TUR')")
        #expect(try keys(archive) == [nil])
        #expect(try archive.database.scalar(sql: "SELECT count(*) FROM event_pairs") == 0)
    }
}
