import CSQLite
import Foundation

extension Archive {
    /// The 16 bytes every SQLite database file starts with.
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Opens and configures the connection after making sure the file is an SQLite database or
    /// absent or empty; anything else is refused before SQLite touches it.
    static func connect(_ path: String) throws -> Database {
        try checkBeforeOpening(path)
        let database: Database
        do {
            database = try Database(path: path)
        } catch let error as SQLiteError {
            throw archiveError(for: error, path: path) ?? error
        }
        guard sqlite3_db_readonly(database.sqliteConnection, "main") != 1 else {
            throw ArchiveError.cannotOpen(path: path, reason: "the file is read-only")
        }
        return database
    }

    private static func checkBeforeOpening(_ path: String) throws {
        let files = FileManager.default
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isFolder) {
            guard !isFolder.boolValue else { throw ArchiveError.cannotOpen(path: path, reason: "it is a folder") }
            try checkHeader(path)
        } else if !files.fileExists(atPath: folder) {
            throw ArchiveError.cannotOpen(path: path, reason: "the folder \(folder) does not exist")
        }
        guard files.isWritableFile(atPath: folder) else {
            throw ArchiveError.cannotOpen(path: path, reason: "the folder \(folder) is not writable "
                                          + "(the archive keeps its -wal and -shm files beside it)")
        }
    }

    /// Refuses a file that is not empty and not SQLite, or that is shorter than its own header says
    /// while no write-ahead log holds the rest (a truncated copy): SQLite would read the missing pages
    /// as corruption, or write past them.
    static func checkHeader(_ path: String) throws {
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw ArchiveError.cannotOpen(path: path, reason: "the file cannot be read")
        }
        defer { try? file.close() }
        let header = try file.read(upToCount: 100).map(Array.init) ?? []
        guard header.isEmpty || header.starts(with: sqliteHeader) else { throw ArchiveError.notADatabase(path: path) }
        // With a write-ahead log beside it, the file may lag its header until the log is checkpointed.
        guard header.count == 100, (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0 == 0
        else { return }
        func number(at offset: Int, bytes: Int) -> Int { header[offset..<offset + bytes].reduce(0) { $0 << 8 | Int($1) } }
        // The page count at offset 28 is valid when the change counter (24) equals the version-valid-for number (92).
        let pageSize = number(at: 16, bytes: 2) == 1 ? 65_536 : number(at: 16, bytes: 2)
        let pages = number(at: 28, bytes: 4)
        let size = try file.seekToEnd()
        guard number(at: 24, bytes: 4) != number(at: 92, bytes: 4) || UInt64(pages * pageSize) <= size else {
            throw ArchiveError.cannotOpen(path: path, reason: "the file is truncated (its header counts \(pages) pages of "
                                          + "\(pageSize) bytes, \(pages * pageSize) bytes, but it holds \(size)); restore it from a backup")
        }
    }

    /// The archive-level meaning of a failure to open or configure the connection, if it has one.
    private static func archiveError(for error: SQLiteError, path: String) -> ArchiveError? {
        switch error.primaryResultCode {
        case SQLITE_NOTADB: .notADatabase(path: path)
        case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY, SQLITE_AUTH: .cannotOpen(path: path, reason: error.message)
        default: nil
        }
    }
}
