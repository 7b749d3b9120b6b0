import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Database {
    /// Copies this whole database into `destination` with SQLite's online backup API, in one step:
    /// the copy is the snapshot of one read transaction, taken while other connections go on writing
    /// (in WAL mode a reader does not block them). `destination`'s previous content is replaced.
    public func backup(into destination: Database) throws {
        guard let backup = sqlite3_backup_init(destination.sqliteConnection, "main", sqliteConnection, "main") else {
            throw SQLiteError(connection: destination.sqliteConnection, sql: nil)
        }
        var code: Int32
        var waits = 0
        repeat {
            // -1: every page at once. Copying in slices would start over each time another process
            // commits, and an import commits several times a second.
            code = sqlite3_backup_step(backup, -1)
            guard code == SQLITE_BUSY || code == SQLITE_LOCKED, waits < Database.busyTimeout / 20 else { break }
            waits += 1
            usleep(20_000)
        } while true
        sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE else {
            throw SQLiteError(extendedResultCode: code, message: String(cString: sqlite3_errstr(code)))
        }
    }
}
