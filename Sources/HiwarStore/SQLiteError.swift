import CSQLite

/// A failure reported by SQLite: its extended result code, its message, and the SQL that caused it.
///
/// Match a family of failures with the `is…` properties (any constraint, a busy database) rather
/// than with the message text, which SQLite may reword between versions.
public struct SQLiteError: Error, Equatable, CustomStringConvertible {
    /// The extended result code, e.g. `SQLITE_CONSTRAINT_UNIQUE` (2067).
    public let extendedResultCode: Int32
    /// SQLite's own explanation, e.g. `UNIQUE constraint failed: articles.content_hash`.
    public let message: String
    /// The statement that failed, when there was one.
    public let sql: String?

    public init(extendedResultCode: Int32, message: String, sql: String? = nil) {
        self.extendedResultCode = extendedResultCode
        self.message = message
        self.sql = sql
    }

    /// Reads the most recent error of a connection.
    init(connection: Database.SQLiteConnection, sql: String?) {
        self.init(extendedResultCode: sqlite3_extended_errcode(connection),
                  message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }

    /// The primary result code (the low 8 bits), e.g. `SQLITE_CONSTRAINT` (19) for any constraint failure.
    public var primaryResultCode: Int32 { extendedResultCode & 0xFF }

    /// Any constraint failed: UNIQUE, NOT NULL, CHECK, FOREIGN KEY, PRIMARY KEY.
    public var isConstraintViolation: Bool { primaryResultCode == SQLITE_CONSTRAINT }

    /// A UNIQUE or PRIMARY KEY constraint failed: the row is already there.
    public var isUniqueViolation: Bool {
        extendedResultCode == SQLiteError.constraintUnique || extendedResultCode == SQLiteError.constraintPrimaryKey
    }

    /// A row names a parent row (a country, an event) that does not exist.
    public var isForeignKeyViolation: Bool { extendedResultCode == SQLiteError.constraintForeignKey }

    // sqlite3.h defines the extended codes as `(SQLITE_CONSTRAINT | (8<<8))`, macros Swift does not import.
    /// `SQLITE_CONSTRAINT_FOREIGNKEY` (787).
    public static let constraintForeignKey = SQLITE_CONSTRAINT | (3 << 8)
    /// `SQLITE_CONSTRAINT_PRIMARYKEY` (1555).
    public static let constraintPrimaryKey = SQLITE_CONSTRAINT | (6 << 8)
    /// `SQLITE_CONSTRAINT_UNIQUE` (2067).
    public static let constraintUnique = SQLITE_CONSTRAINT | (8 << 8)

    /// Another connection held the lock for longer than the busy timeout.
    public var isBusy: Bool { primaryResultCode == SQLITE_BUSY || primaryResultCode == SQLITE_LOCKED }

    /// The file, its folder or the connection does not allow writing.
    public var isReadOnly: Bool { primaryResultCode == SQLITE_READONLY }

    public var description: String {
        var text = "SQLite error \(extendedResultCode): \(message)"
        if let sql { text += " (while running: \(sql))" }
        return text
    }
}
