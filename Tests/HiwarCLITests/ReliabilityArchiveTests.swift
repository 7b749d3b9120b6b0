import Foundation
import HiwarStore
import Testing

/// Archives that cannot be used as they are: each command says which file and why, exits 1 (never
/// a crash), and leaves the file byte for byte as it was (docs/RELIABILITY.md).
@Suite struct ReliabilityArchiveTests {
    /// Every command that opens the archive, with its arguments after `--db FILE`.
    static let commands: [[String]] = [
        ["import", "news.txt"], ["timeline"], ["export", "--format", "jsonl"], ["check"], ["backup", "copy.sqlite"],
    ]

    /// A workspace with `news.txt` and `good.sqlite`, an archive of 30 articles, checkpointed and closed.
    static func workspaceWithArchive() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.writeNews(count: 30, in: "news")
        try workspace.write("news.txt", ImportTests.quietNews)
        #expect(try workspace.hiwar("--db", "good.sqlite", "import", "--quiet", "news").status == 0)
        return workspace
    }

    /// Runs every command on `name` and checks each fails with a message naming it and saying one of `causes`.
    static func expectRefusal(of name: String, in workspace: Workspace, causes: String...,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try workspace.bytes(of: name)
        for command in commands {
            let output = try HiwarProcess.run(["--db", name] + command, in: workspace.path)
            #expect(output.status == 1, "\(command): \(output.stderr)", sourceLocation: sourceLocation)
            #expect(output.stderr.contains(name) && causes.contains(where: output.stderr.contains), "\(command): \(output.stderr)",
                    sourceLocation: sourceLocation)
            #expect(try workspace.bytes(of: name) == before, "\(command) changed \(name)", sourceLocation: sourceLocation)
        }
        #expect(!workspace.exists("copy.sqlite"), sourceLocation: sourceLocation)
    }

    /// Protects the header check in `Archive.connect` and `Archive.openReadOnly`: without it SQLite
    /// reports "file is not a database" without the path, or (for an empty-looking file) creates tables in it.
    @Test func aFileThatIsNotSQLiteIsRefusedUntouched() throws {
        let workspace = try Self.workspaceWithArchive()
        try workspace.write("notes.sqlite", String(repeating: "Minutes of the meeting.\n", count: 200))
        try Self.expectRefusal(of: "notes.sqlite", in: workspace, causes: "not an SQLite database")
    }

    /// Protects the page-count check in `Archive.checkHeader`: without it every command meets the
    /// missing pages as "database disk image is malformed", which does not say the file was cut short.
    @Test func aTruncatedArchiveIsRefusedUntouched() throws {
        let workspace = try Self.workspaceWithArchive()
        let good = try workspace.bytes(of: "good.sqlite")
        try workspace.write("cut.sqlite", bytes: Array(good.prefix(good.count / 2)))
        try Self.expectRefusal(of: "cut.sqlite", in: workspace, causes: "the file is truncated")
    }

    /// Protects `Hiwar.main` naming the archive in SQLite's failures and `Import` stopping at the first
    /// failure of the archive itself (instead of reporting it once per article and going on).
    @Test func aCorruptedArchiveIsRefusedUntouched() throws {
        let workspace = try Self.workspaceWithArchive()
        var bytes = Array(try workspace.bytes(of: "good.sqlite"))
        let third = bytes.count / 3
        bytes.replaceSubrange(third..<(2 * third), with: repeatElement(0x5A, count: third))
        try workspace.write("damaged.sqlite", bytes: bytes)
        // Where the damage is found depends on which pages a command reads: `check` and `backup` may
        // meet it while opening (malformed) or only in the full check.
        try Self.expectRefusal(of: "damaged.sqlite", in: workspace, causes: "malformed", "failed its check")
        let check = try workspace.hiwar("--db", "damaged.sqlite", "check")
        #expect(check.stdout.hasPrefix("archive: damaged.sqlite\nschema: "))
        #expect(check.stdout.contains("\nintegrity: ") && !check.stdout.contains("integrity: ok"))
        #expect(check.stderr == "Error: damaged.sqlite failed its check; restore it from a backup (hiwar backup) and leave this file as it is\n")
    }

    /// Protects the read-only checks in `Archive.connect` (`sqlite3_db_readonly`, the folder's write
    /// permission): without them SQLite opens the archive read-only and the import fails article by
    /// article with "attempt to write a readonly database". As root (CI) permissions do not bind, so
    /// the file and folder are made immutable with `chattr +i`, which binds root too.
    @Test(.enabled(if: Immutability.isAvailable, "needs chattr on a file system with the immutable flag"))
    func aReadOnlyArchiveOrFolderIsRefusedUntouched() throws {
        let workspace = try Self.workspaceWithArchive()
        try Immutability.while(workspace.path + "/good.sqlite") {
            let before = try workspace.bytes(of: "good.sqlite")
            let output = try workspace.hiwar("--db", "good.sqlite", "import", "news.txt")
            #expect(output == .init(status: 1, stdout: "", stderr: "Error: cannot open archive good.sqlite: the file is read-only\n"))
            #expect(try workspace.bytes(of: "good.sqlite") == before)
        }
        try workspace.write("shelf/keep.txt", "a file so the folder is not empty")
        try Immutability.while(workspace.path + "/shelf") {
            let output = try workspace.hiwar("--db", "shelf/new.sqlite", "import", "news.txt")
            #expect(output.status == 1)
            #expect(output.stderr.hasPrefix("Error: cannot open archive shelf/new.sqlite: the folder shelf is not writable"))
        }
    }

    /// Protects `Import`'s handling of SQLite failures other than constraints: on a full disk the
    /// batch being written rolls back, the import stops with the archive's name and the cause, and
    /// what earlier batches stored stays whole. The disk is a 600 KB tmpfs (mounting needs root).
    @Test(.enabled(if: SmallDisk.canMount, "mounting a small tmpfs needs root (and a container that allows mounts)"))
    func aFullDiskStopsTheImportAndKeepsTheArchiveWhole() throws {
        let workspace = try Workspace()
        try workspace.write("small/keep.txt", "")
        let disk = workspace.path + "/small"
        #expect(try SmallDisk.mount(at: disk))
        defer { SmallDisk.unmount(disk) }
        try workspace.write("first.txt", ImportTests.quietNews)
        #expect(try workspace.hiwar("--db", "small/x.sqlite", "import", "--quiet", "first.txt").status == 0)
        let paragraph = "The weather service expects rain in the north on Monday, and markets closed higher. "
        for number in 1...12 {
            try workspace.write("big/\(number).txt", "Report \(number)\n" + String(repeating: paragraph, count: 1_200))
        }
        let output = try workspace.hiwar("--db", "small/x.sqlite", "import", "--quiet", "big")
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("Error: cannot write to the archive small/x.sqlite: database or disk is full"))
        let health = try Archive.check(path: disk + "/x.sqlite")
        #expect(health.integrityProblems == [] && health.foreignKeyProblems == [])
        #expect(try workspace.reports(in: "small/x.sqlite")["Rain expected"] == ["no mention"])
    }
}

/// The immutable flag (`chattr +i`), which even root cannot write through.
enum Immutability {
    static let isAvailable: Bool = {
        guard let workspace = try? Workspace(), (try? workspace.write("probe", "")) != nil else { return false }
        let probe = workspace.path + "/probe"
        defer { _ = try? chattr("-i", probe) }
        return (try? chattr("+i", probe)) == true
    }()

    /// Runs `body` while `path` is immutable.
    static func `while`(_ path: String, _ body: () throws -> Void) throws {
        #expect(try chattr("+i", path))
        defer { _ = try? chattr("-i", path) }
        try body()
    }

    private static func chattr(_ flag: String, _ path: String) throws -> Bool {
        try HiwarProcess.run([flag, path], in: "/", executable: "/usr/bin/chattr").status == 0
    }
}

/// A 600 KB tmpfs, to fill up.
enum SmallDisk {
    static let canMount: Bool = {
        guard geteuid() == 0, let workspace = try? Workspace() else { return false }
        defer { unmount(workspace.path) }
        return (try? mount(at: workspace.path)) == true
    }()

    static func mount(at folder: String) throws -> Bool {
        try HiwarProcess.run(["-t", "tmpfs", "-o", "size=600k", "tmpfs", folder], in: "/", executable: "/bin/mount").status == 0
    }

    static func unmount(_ folder: String) {
        _ = try? HiwarProcess.run([folder], in: "/", executable: "/bin/umount")
    }
}
