import Foundation
import HiwarMigrations
import Testing
@testable import HiwarStore

@Suite struct MigratorTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func schema(of path: String) throws -> [String] {
        let database = try Database(path: path)
        let select = try database.makeStatement(sql: "SELECT type || ' ' || name FROM sqlite_schema ORDER BY name")
        var names: [String] = []
        while try select.step() { names.append(select.column(0)) }
        return names
    }

    @Test func freshArchiveIsAtTheNewestSchema() throws {
        let archive = try Archive(path: folder.file("new.sqlite"), catalog: Fixtures.catalog)
        #expect(Archive.schemaVersion == Migrations.all.count)
        #expect(try Migrator.version(of: archive.database) == Archive.schemaVersion)
        let objects = try schema(of: archive.path)
        for object in ["table articles", "table articles_search", "table countries", "table events", "table event_countries",
                       "table people", "table event_people", "table mentions", "view timeline", "view event_sources",
                       "index events_by_start", "index event_countries_by_country_start", "index events_by_merge_key",
                       "table articles_unindexed", "trigger articles_search_delete", "trigger articles_search_update"] {
            #expect(objects.contains(object), "missing \(object)")
        }
        #expect(!objects.contains { $0.contains("articles_fts") })  // one full-text index since schema 8
    }

    @Test func reopeningChangesNothing() throws {
        let path = folder.file("again.sqlite")
        let first = try Archive(path: path, catalog: Fixtures.catalog)
        _ = try first.importBatch { try $0.add(Fixtures.article("kept"), events: []) }
        let before = try schema(of: path)
        let second = try Archive(path: path, catalog: Fixtures.catalog)
        #expect(try Migrator.version(of: second.database) == Archive.schemaVersion)
        #expect(try schema(of: path) == before)
        #expect(try second.counts() == (articles: 1, events: 0))
        // Nothing was written: the data version SQLite bumps on every commit by another connection is unchanged.
        let version: Int? = try first.database.scalar(sql: "PRAGMA data_version")
        _ = try Archive(path: path, catalog: Fixtures.catalog)
        #expect(try first.database.scalar(sql: "PRAGMA data_version") == version)
    }

    @Test func archiveFromANewerHiwarIsRefused() throws {
        let path = folder.file("archive.sqlite")
        try Database(path: path).execute(sql: "PRAGMA user_version = 99")
        let error = try #require(throws: ArchiveError.self) { try Archive(path: path, catalog: Fixtures.catalog) }
        #expect(error == .newerSchema(path: path, found: 99, known: Archive.schemaVersion))
        #expect(error.description == "\(path) was made by a newer hiwar (schema 99; this one knows \(Archive.schemaVersion))")
        #expect(try schema(of: path) == [])
    }

    @Test func fileThatIsNotADatabaseIsLeftUntouched() throws {
        let path = folder.file("notes.sqlite")
        let contents = Array("These are my notes, not a database.\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(contents)))
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: path)

        let error = try #require(throws: ArchiveError.self) { try Archive(path: path, catalog: Fixtures.catalog) }
        #expect(error == .notADatabase(path: path))
        #expect(error.description == "\(path) is not a Hiwar archive (not an SQLite database); it was left unchanged")
        #expect(FileManager.default.contents(atPath: path).map(Array.init) == contents)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.modificationDate] as? Date == past)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.sqlite"])
    }

    @Test func fileShorterThanTheHeaderIsRefused() throws {
        let path = folder.file("short.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("SQLite".utf8)))
        #expect(throws: ArchiveError.notADatabase(path: path)) { try Archive(path: path, catalog: Fixtures.catalog) }
    }

    @Test func emptyFileBecomesAnArchive() throws {
        let path = folder.file("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let archive = try Archive(path: path, catalog: Fixtures.catalog)
        #expect(try Migrator.version(of: archive.database) == Archive.schemaVersion)
    }

    @Test func folderAndMissingFolderCannotBeOpened() throws {
        #expect(throws: ArchiveError.cannotOpen(path: folder.path, reason: "it is a folder")) {
            try Archive(path: folder.path, catalog: Fixtures.catalog)
        }
        let missing = folder.file("nowhere/archive.sqlite")
        let error = try #require(throws: ArchiveError.self) { try Archive(path: missing, catalog: Fixtures.catalog) }
        #expect(error.description == "cannot open archive \(missing): the folder \(folder.file("nowhere")) does not exist")
    }

    @Test(.enabled(if: getuid() != 0, "root may write to read-only files"))
    func readOnlyFileCannotBeOpened() throws {
        let path = folder.file("locked.sqlite")
        _ = try Archive(path: path, catalog: Fixtures.catalog)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let error = try #require(throws: ArchiveError.self) { try Archive(path: path, catalog: Fixtures.catalog) }
        #expect(error == .cannotOpen(path: path, reason: "the file is read-only"))
    }

    @Test(.enabled(if: getuid() != 0, "root may write in read-only folders"))
    func readOnlyFolderCannotHoldAnArchive() throws {
        let locked = folder.file("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked) }
        let path = locked + "/archive.sqlite"
        let error = try #require(throws: ArchiveError.self) { try Archive(path: path, catalog: Fixtures.catalog) }
        #expect(error.description == "cannot open archive \(path): the folder \(locked) is not writable "
                + "(the archive keeps its -wal and -shm files beside it)")
    }

    @Test func failingMigrationLeavesThePreviousVersion() throws {
        let path = folder.file("partial.sqlite")
        let migrator = Migrator(migrations: [
            (1, "0001_one", "CREATE TABLE one (x);"),
            (2, "0002_broken", "CREATE TABLE two (x); INSERT INTO nowhere VALUES (1);"),
        ])
        let database = try Database(path: path)
        let error = try #require(throws: SQLiteError.self) { try migrator.migrate(database) }
        #expect(error.message == "no such table: nowhere")
        #expect(try Migrator.version(of: database) == 1)
        #expect(try schema(of: path) == ["table one"])
    }

    @Test func migrationsRunInOrderFromTheStoredVersion() throws {
        let database = try Database(path: folder.file("steps.sqlite"))
        try Migrator(migrations: [(1, "0001_one", "CREATE TABLE one (x);")]).migrate(database)
        try database.execute(sql: "INSERT INTO one VALUES ('survives')")
        try Migrator(migrations: [
            (1, "0001_one", "CREATE TABLE one (x);"),
            (2, "0002_two", "ALTER TABLE one ADD COLUMN y DEFAULT 'added';"),
        ]).migrate(database)
        #expect(try Migrator.version(of: database) == 2)
        #expect(try database.scalar(sql: "SELECT x || ':' || y FROM one") == "survives:added")
    }
}
