import Foundation
import HiwarStore
import Testing

/// A killed import and imports running side by side: nothing half-written, nothing twice, no
/// reader turned away (docs/RELIABILITY.md).
@Suite struct ReliabilityCrashTests {
    /// Protects the transaction around each batch and the savepoint around each article
    /// (`Archive.importBatch`, `ImportSession.add`): with either gone, a SIGKILL between two writes
    /// leaves an article without some of its mentions, which the comparison with a clean import sees.
    /// Also protects the idempotency key (`content_hash`): the resumed import must not add twice.
    @Test func anImportKilledPartWayKeepsWholeArticlesAndTheSameImportCompletesIt() throws {
        let workspace = try Workspace()
        let total = 200
        try workspace.writeNews(count: total, in: "news")
        #expect(try workspace.hiwar("--db", "clean.sqlite", "import", "--quiet", "news").status == 0)
        let clean = try workspace.reports(in: "clean.sqlite")
        #expect(clean.count == total)

        let running = try workspace.start("--db", "killed.sqlite", "import", "--quiet", "news")
        let committed = workspace.waitUntil({ workspace.articleCount("killed.sqlite") > 0 }, while: running)
        kill(running.process.processIdentifier, SIGKILL)
        _ = try running.wait()
        #expect(committed)
        #expect(running.process.terminationReason == .uncaughtSignal)

        let health = try Archive.check(path: workspace.path + "/killed.sqlite")
        #expect(health.integrityProblems == [])
        #expect(health.foreignKeyProblems == [])
        let partial = try workspace.reports(in: "killed.sqlite")
        #expect((1..<total).contains(partial.count))
        for (title, mentions) in partial {
            #expect(mentions == clean[title], "\(title) was stored half-written")
        }

        let resumed = try workspace.hiwar("--db", "killed.sqlite", "import", "--quiet", "news")
        #expect(resumed == .init(status: 0, stdout: "", stderr: ""))
        #expect(try workspace.reports(in: "killed.sqlite") == clean)
        #expect(try Archive.check(path: workspace.path + "/killed.sqlite") == Archive.check(path: workspace.path + "/clean.sqlite"))
    }

    /// Protects the busy timeout, BEGIN IMMEDIATE and extraction outside the write transaction
    /// (`Import.nextBatch`): two importers then take turns at the write lock instead of one failing
    /// with "database is locked", and each article is stored once. Readers (`timeline`, `export`)
    /// run against WAL snapshots while the imports write, and see no event without its report.
    @Test func twoImportsAndReadersAtOnceStoreEveryArticleOnce() throws {
        let workspace = try Workspace()
        try workspace.writeNews(count: 120, in: "news")
        let first = try workspace.start("--db", "x.sqlite", "import", "--quiet", "news")
        let second = try workspace.start("--db", "x.sqlite", "import", "--quiet", "news")
        _ = workspace.waitUntil({ workspace.articleCount("x.sqlite") > 0 }, while: first)
        var reads = 0
        while first.process.isRunning || second.process.isRunning {
            let timeline = try workspace.hiwar("--db", "x.sqlite", "timeline")
            #expect(timeline.status == 0 && timeline.stderr == "", "timeline during an import: \(timeline.stderr)")
            let export = try workspace.hiwar("--db", "x.sqlite", "export", "--format", "jsonl")
            #expect(export.status == 0 && export.stderr == "", "export during an import: \(export.stderr)")
            #expect(!export.stdout.contains(#""sources":[]"#))
            reads += 1
        }
        #expect(try first.wait() == .init(status: 0, stdout: "", stderr: ""))
        #expect(try second.wait() == .init(status: 0, stdout: "", stderr: ""))
        #expect(reads > 0)

        let clean = try Workspace()
        try clean.writeNews(count: 120, in: "news")
        #expect(try clean.hiwar("--db", "x.sqlite", "import", "--quiet", "news").status == 0)
        // Interleaved batches store the articles in another order, so merged events may differ: compare
        // which articles are stored and how many mentions each has.
        #expect(try workspace.reports(in: "x.sqlite").mapValues(\.count) == clean.reports(in: "x.sqlite").mapValues(\.count))
    }

    /// Protects `hiwar backup`'s use of the online backup API in one step: the copy taken while an
    /// import commits is one snapshot, so every article in it is whole, and it passes its check.
    @Test func aBackupTakenDuringAnImportIsConsistent() throws {
        let workspace = try Workspace()
        try workspace.writeNews(count: 120, in: "news")
        let running = try workspace.start("--db", "x.sqlite", "import", "--quiet", "news")
        _ = workspace.waitUntil({ workspace.articleCount("x.sqlite") > 0 }, while: running)
        let backup = try workspace.hiwar("--db", "x.sqlite", "backup", "copy.sqlite")
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(!workspace.exists("copy.sqlite-wal") && !workspace.exists("copy.sqlite-shm"))
        #expect(try running.wait().status == 0)

        let health = try Archive.check(path: workspace.path + "/copy.sqlite")
        #expect(health.isHealthy)
        let copied = try workspace.reports(in: "copy.sqlite")
        let final = try workspace.reports(in: "x.sqlite")
        #expect(!copied.isEmpty)
        for (title, mentions) in copied {
            #expect(mentions == final[title], "\(title) was copied half-written")
        }
    }
}
