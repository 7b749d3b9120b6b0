import CSQLite

/// A prepared SQL statement: bind parameters, step through rows, read typed columns.
///
/// The statement is finalized when the last reference goes away, so it can neither leak nor be
/// used after it is freed. Prepare one with `Database.makeStatement(sql:)`, or `cachedStatement(sql:)`
/// for one run again and again.
public final class Statement {
    /// The raw `sqlite3_stmt *`.
    public typealias SQLiteStatement = OpaquePointer

    public let sqliteStatement: SQLiteStatement
    /// The SQL this statement was prepared from, for error messages.
    public let sql: String

    init(connection: Database.SQLiteConnection, sql: String, persistent: Bool) throws {
        var statement: SQLiteStatement?
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let code = sqlite3_prepare_v3(connection, sql, -1, flags, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            throw SQLiteError(connection: connection, sql: sql)
        }
        self.sqliteStatement = statement
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(sqliteStatement)
    }

    private var connection: Database.SQLiteConnection { sqlite3_db_handle(sqliteStatement) }

    // MARK: Binding

    /// Binds `value` (nil binds NULL) to the 1-based parameter `index`.
    public func bind(_ value: (any SQLiteValue)?, at index: Int) throws {
        let code = value.map { $0.bind(to: sqliteStatement, at: Int32(index)) }
            ?? sqlite3_bind_null(sqliteStatement, Int32(index))
        // The parameter count is fixed by the SQL the program wrote, so a wrong index is a bug in
        // the program, not something the data can cause: trap instead of throwing.
        precondition(code != SQLITE_RANGE,
                     "parameter index \(index) is out of range 1...\(sqlite3_bind_parameter_count(sqliteStatement)) in: \(sql)")
        guard code == SQLITE_OK else { throw SQLiteError(connection: connection, sql: sql) }
    }

    /// Binds `value` to the parameter written `:name`, `@name` or `$name` (give the prefix).
    public func bind(_ value: (any SQLiteValue)?, named name: String) throws {
        let index = sqlite3_bind_parameter_index(sqliteStatement, name)
        // As for an index, the names are fixed by the program's SQL: a missing one is a bug.
        precondition(index > 0, "no parameter \(name) in: \(sql)")
        try bind(value, at: Int(index))
    }

    /// Binds `values` to parameters 1, 2, … in order.
    public func bind(_ values: [(any SQLiteValue)?]) throws {
        for (offset, value) in values.enumerated() {
            try bind(value, at: offset + 1)
        }
    }

    // MARK: Running

    /// Advances to the next row: true when a row is ready to read, false when the statement is done.
    @discardableResult
    public func step() throws -> Bool {
        switch sqlite3_step(sqliteStatement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError(connection: connection, sql: sql)
        }
    }

    /// Binds `values` (when given), runs the statement to completion, and resets it for the next run.
    public func execute(_ values: [(any SQLiteValue)?] = []) throws {
        try bind(values)
        defer { reset() }
        while try step() {}
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    public func reset() {
        // sqlite3_reset repeats the last step's error, which `step()` has already thrown.
        sqlite3_reset(sqliteStatement)
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() {
        sqlite3_clear_bindings(sqliteStatement)
    }

    // MARK: Reading

    public var columnCount: Int { Int(sqlite3_column_count(sqliteStatement)) }

    public func columnName(at index: Int) -> String {
        String(cString: sqlite3_column_name(sqliteStatement, Int32(index)))
    }

    /// Whether the 0-based column `index` of the current row is NULL.
    public func isNull(at index: Int) -> Bool {
        sqlite3_column_type(sqliteStatement, Int32(index)) == SQLITE_NULL
    }

    /// The bytes of the 0-based column `index` of the current row as text, nil for NULL: valid until
    /// the next step or read of the column. Without a String, for the export's 10⁶ rows.
    public func text(at index: Int32) -> UnsafeBufferPointer<UInt8>? {
        // NULL gives no pointer, and so does a failed allocation, which must not pass for NULL.
        guard let text = sqlite3_column_text(sqliteStatement, index) else {
            precondition(sqlite3_column_type(sqliteStatement, index) == SQLITE_NULL, "out of memory reading column \(index) in: \(sql)")
            return nil
        }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqliteStatement, index)))
    }

    /// The 0-based column `index` of the current row as an integer, for a column the schema makes
    /// NOT NULL: one call, without the check of `int(at:)` (NULL would read 0).
    public func integer(at index: Int32) -> Int64 {
        sqlite3_column_int64(sqliteStatement, index)
    }

    /// The 0-based column `index` of the current row as an integer, nil for NULL.
    public func int(at index: Int32) -> Int64? {
        sqlite3_column_type(sqliteStatement, index) == SQLITE_NULL ? nil : sqlite3_column_int64(sqliteStatement, index)
    }

    /// The 0-based column `index` of the current row, e.g. `statement.column(0) as String?`.
    /// Reading NULL as a non-optional type traps: read nullable columns as optionals.
    public func column<Value: SQLiteValue>(_ index: Int, as type: Value.Type = Value.self) -> Value {
        // SQLite leaves an out-of-range column undefined; the columns are fixed by the program's SQL.
        precondition(index >= 0 && index < columnCount, "column \(index) is out of range 0..<\(columnCount) in: \(sql)")
        return Value.read(from: sqliteStatement, at: Int32(index))
    }
}
