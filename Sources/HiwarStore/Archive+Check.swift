import CSQLite
import Foundation

extension Archive {
    /// The tables `check` counts, in the order it reports them.
    static let countedTables = ["articles", "events", "mentions", "people", "countries"]

    /// Checks the archive at `path` without changing it: the file is opened read-only, never
    /// migrated, and not checkpointed on close, so a damaged archive stays exactly as it was found.
    ///
    /// Throws `ArchiveError` when the file is missing or not an SQLite database; damage SQLite
    /// finds while checking is reported in the result, not thrown.
    public static func check(path: String) throws -> ArchiveHealth {
        var health = ArchiveHealth(schemaVersion: 0, integrityProblems: [], foreignKeyProblems: [], counts: [])
        do {
            let database = try openReadOnly(path)
            health.schemaVersion = try Migrator.version(of: database)
            let integrity = try database.makeStatement(sql: "PRAGMA integrity_check")
            while try integrity.step() {
                let report: String = integrity.column(0)
                if report != "ok" { health.integrityProblems += report.split(separator: "\n").map(String.init) }
            }
            let foreignKeys = try database.makeStatement(sql: "PRAGMA foreign_key_check")
            while try foreignKeys.step() {
                let (table, row, parent): (String, Int64?, String) = (foreignKeys.column(0), foreignKeys.column(1), foreignKeys.column(2))
                health.foreignKeyProblems.append("\(table) row \(row.map(String.init) ?? "?"): no \(parent) row")
            }
            if health.schemaVersion >= 1 {
                health.counts = try countedTables.map { table in
                    (table, try database.scalar(sql: "SELECT count(*) FROM \(table)") ?? 0)
                }
            }
        } catch let error as SQLiteError where error.isCorrupt || error.primaryResultCode == SQLITE_IOERR {
            // Damage can stop the check anywhere, even before the schema version is read: report it.
            health.integrityProblems.append(error.message)
        }
        return health
    }

    /// A read-only connection to an existing SQLite file, refusing anything else with `ArchiveError`.
    static func openReadOnly(_ path: String) throws -> Database {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw ArchiveError.cannotOpen(path: path, reason: isFolder.boolValue ? "it is a folder" : "no such file")
        }
        try checkHeader(path)
        do {
            let database = try Database(path: path, flags: SQLITE_OPEN_READONLY)
            try database.execute(sql: "PRAGMA query_only = ON")
            return database
        } catch let error as SQLiteError where [SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY].contains(error.primaryResultCode) {
            throw ArchiveError.cannotOpen(path: path, reason: error.message)
        }
    }
}
