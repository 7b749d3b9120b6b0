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

    private static func checkHeader(_ path: String) throws {
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw ArchiveError.cannotOpen(path: path, reason: "the file cannot be read")
        }
        defer { try? file.close() }
        let header = try file.read(upToCount: sqliteHeader.count).map(Array.init) ?? []
        guard header.isEmpty || header == sqliteHeader else { throw ArchiveError.notADatabase(path: path) }
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
