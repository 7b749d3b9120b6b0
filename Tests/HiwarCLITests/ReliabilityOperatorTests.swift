import Foundation
import HiwarStore
import Testing

/// `hiwar check` and `hiwar backup` (docs/RELIABILITY.md).
@Suite struct ReliabilityOperatorTests {
    @Test func checkReportsAHealthyArchiveAndExitsZero() throws {
        let workspace = try Workspace.withReports()
        let output = try workspace.hiwar("--db", "events.sqlite", "check")
        #expect(output.status == 0)
        #expect(output.stderr == "")
        let countries = try workspace.reader("events.sqlite").scalar(sql: "SELECT count(*) FROM countries", as: Int.self)!
        #expect(output.stdout == """
            archive: events.sqlite
            schema: \(Archive.schemaVersion) (this hiwar knows \(Archive.schemaVersion))
            integrity: ok
            foreign keys: ok
            rows: articles 2, events 3, mentions 3, people 1, countries \(countries)

            """)
    }

    /// Protects the foreign-key check in `Archive.check`: a mention left pointing at a deleted
    /// article (written here with foreign keys off, as another tool might) makes the check fail.
    @Test func checkFailsOnABrokenForeignKeyAndLeavesTheFileAsItIs() throws {
        let workspace = try Workspace.withReports()
        let database = try Database(path: workspace.path + "/events.sqlite")
        try database.execute(sql: "PRAGMA foreign_keys = OFF; DELETE FROM articles WHERE id = 2")
        let before = try workspace.bytes(of: "events.sqlite")
        let output = try workspace.hiwar("--db", "events.sqlite", "check")
        #expect(output.status == 1)
        #expect(output.stdout.contains("integrity: ok\nforeign keys: 1 problem\n  mentions row 3: no articles row\n"))
        #expect(output.stderr == "Error: events.sqlite failed its check; restore it from a backup (hiwar backup) and leave this file as it is\n")
        #expect(try workspace.bytes(of: "events.sqlite") == before)
    }

    @Test func checkOfAMissingArchiveSaysSo() throws {
        let workspace = try Workspace()
        let output = try workspace.hiwar("--db", "none.sqlite", "check")
        #expect(output == .init(status: 1, stdout: "", stderr: "Error: cannot open archive none.sqlite: no such file\n"))
        #expect(!workspace.exists("none.sqlite"))
    }

    /// Protects the refusal to overwrite: an existing file is kept unless `--force`.
    @Test func backupCopiesTheArchiveAndReplacesAFileOnlyWithForce() throws {
        let workspace = try Workspace.withReports()
        let first = try workspace.hiwar("--db", "events.sqlite", "backup", "copy.sqlite")
        #expect(first == .init(status: 0, stdout: "", stderr: "backed up events.sqlite to copy.sqlite (2 articles, 3 events)\n"))
        #expect(try workspace.hiwar("--db", "copy.sqlite", "export", "--format", "jsonl").stdout
                == workspace.hiwar("--db", "events.sqlite", "export", "--format", "jsonl").stdout)

        try workspace.write("kept.sqlite", "precious")
        let refused = try workspace.hiwar("--db", "events.sqlite", "backup", "kept.sqlite")
        #expect(refused == .init(status: 1, stdout: "", stderr: "Error: kept.sqlite already exists; pass --force to replace it\n"))
        #expect(try workspace.contents(of: "kept.sqlite") == "precious")
        #expect(try workspace.hiwar("--db", "events.sqlite", "backup", "--force", "kept.sqlite").status == 0)
        #expect(try Archive.check(path: workspace.path + "/kept.sqlite").counts.first! == ("articles", 2))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter { $0.contains("partial") } == [])
    }

    @Test func backupIntoAFolderThatDoesNotExistNamesIt() throws {
        let workspace = try Workspace.withReports()
        let output = try workspace.hiwar("--db", "events.sqlite", "backup", "missing/copy.sqlite")
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("Error: cannot open archive missing/copy.sqlite: unable to open database file"))
    }
}
