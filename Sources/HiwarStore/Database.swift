import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One connection to an SQLite database file, configured the way Hiwar needs it.
///
/// Every connection runs in WAL mode (readers do not block the writer), waits up to
/// `busyTimeout` for a lock held by another process, enforces foreign keys, and keeps its
/// temporary files (savepoint journals, sorts) in memory.
/// A connection belongs to one thread at a time: it is not `Sendable`.
public final class Database {
    /// The raw `sqlite3 *`.
    public typealias SQLiteConnection = OpaquePointer

    /// How long a statement waits for another connection's lock before failing with `SQLITE_BUSY`.
    public static let busyTimeout: Int32 = 5000

    public let sqliteConnection: SQLiteConnection
    public let path: String
    private var statementCache: [String: Statement] = [:]

    /// Opens (and with `SQLITE_OPEN_CREATE`, creates) the database at `path`, then configures it.
    public init(path: String, flags: Int32 = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) throws {
        var connection: SQLiteConnection?
        let code = sqlite3_open_v2(path, &connection, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nil)
        guard code == SQLITE_OK, let connection else {
            // "unable to open database file" alone does not say why; the system error does.
            var message = String(cString: connection.flatMap(sqlite3_errmsg) ?? sqlite3_errstr(code))
            if let connection, sqlite3_system_errno(connection) != 0 {
                message += " (" + String(cString: strerror(sqlite3_system_errno(connection))) + ")"
            }
            sqlite3_close_v2(connection)
            throw SQLiteError(extendedResultCode: code, message: message)
        }
        self.sqliteConnection = connection
        self.path = path
        sqlite3_busy_timeout(connection, Database.busyTimeout)
        // temp_store = MEMORY keeps savepoint journals off disk: with them in a temporary file, an
        // import (a savepoint per article) wrote every touched page there once more (20 times the writes).
        try execute(sql: "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA temp_store = MEMORY")
    }

    deinit {
        // Finalize the cached statements first; close_v2 then frees the connection as soon as any
        // statement still held elsewhere is finalized too.
        statementCache.removeAll()
        sqlite3_close_v2(sqliteConnection)
    }

    /// Runs a script of one or more statements separated by semicolons, discarding any rows.
    /// A failure reports the statement that failed, not the whole script.
    public func execute(sql: String) throws {
        try sql.withCString { start in
            var cursor = start
            while cursor.pointee != 0 {
                var statement: Statement.SQLiteStatement?
                var tail: UnsafePointer<CChar>?
                guard sqlite3_prepare_v2(sqliteConnection, cursor, -1, &statement, &tail) == SQLITE_OK else {
                    throw SQLiteError(connection: sqliteConnection, sql: Database.statementText(cursor))
                }
                defer { sqlite3_finalize(statement) }
                if let statement {  // nil for a stretch of only whitespace or comments
                    var code: Int32
                    repeat { code = sqlite3_step(statement) } while code == SQLITE_ROW
                    guard code == SQLITE_DONE else {
                        throw SQLiteError(connection: sqliteConnection, sql: Database.statementText(sqlite3_sql(statement)))
                    }
                }
                guard let tail else { return }
                cursor = tail
            }
        }
    }

    /// A statement of a script as an error shows it: without the line breaks that followed the previous one.
    private static func statementText(_ text: UnsafePointer<CChar>) -> String {
        String(String(cString: text).drop(while: \.isWhitespace))
    }

    /// Prepares a statement that the caller owns.
    public func makeStatement(sql: String) throws -> Statement {
        try Statement(connection: sqliteConnection, sql: sql, persistent: false)
    }

    /// Returns the statement for `sql`, preparing it on first use and reusing it afterwards, reset and
    /// with its bindings cleared. Use it for statements run in loops. Do not step a cached statement
    /// while an earlier use of the same SQL is still stepping: both are the same object.
    public func cachedStatement(sql: String) throws -> Statement {
        if let statement = statementCache[sql] {
            statement.reset()
            statement.clearBindings()
            return statement
        }
        let statement = try Statement(connection: sqliteConnection, sql: sql, persistent: true)
        statementCache[sql] = statement
        return statement
    }

    /// The rowid of the most recent successful INSERT on this connection.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(sqliteConnection) }

    /// Whether no transaction is open (SQLite's autocommit mode).
    public var isAutocommit: Bool { sqlite3_get_autocommit(sqliteConnection) != 0 }

    /// The first column of the first row of `sql`, or nil when there is no row.
    public func scalar<Value: SQLiteValue>(sql: String, _ values: [(any SQLiteValue)?] = [],
                                           as type: Value.Type = Value.self) throws -> Value? {
        let statement = try cachedStatement(sql: sql)
        try statement.bind(values)
        defer { statement.reset() }
        return try statement.step() ? statement.column(0) as Value : nil
    }
}
