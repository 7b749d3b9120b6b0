import CSQLite

/// A Swift type that binds to a statement parameter and reads back from a result column.
///
/// `Int`, `Int64`, `Double`, `Bool`, `String` and `[UInt8]` (a blob) conform, and so does an
/// `Optional` of any of them, which binds and reads SQL NULL as `nil`.
public protocol SQLiteValue {
    /// Binds the value to the 1-based parameter `index`; returns SQLite's result code.
    func bind(to statement: Statement.SQLiteStatement, at index: Int32) -> Int32
    /// Reads the 0-based column `index` of the current row.
    static func read(from statement: Statement.SQLiteStatement, at index: Int32) -> Self
}

extension SQLiteValue {
    /// Reading NULL into a non-optional type means the query or the schema is wrong, not the data:
    /// every column read this way is NOT NULL. It traps rather than inventing a value.
    fileprivate static func requireNotNull(_ statement: Statement.SQLiteStatement, _ index: Int32) {
        precondition(sqlite3_column_type(statement, index) != SQLITE_NULL,
                     "column \(index) (\(String(cString: sqlite3_column_name(statement, index)))) is NULL; read it as \(Self.self)?")
    }
}

extension Int64: SQLiteValue {
    public func bind(to statement: Statement.SQLiteStatement, at index: Int32) -> Int32 {
        sqlite3_bind_int64(statement, index, self)
    }

    public static func read(from statement: Statement.SQLiteStatement, at index: Int32) -> Int64 {
        requireNotNull(statement, index)
        return sqlite3_column_int64(statement, index)
    }
}

extension Int: SQLiteValue {
    public func bind(to statement: Statement.SQLiteStatement, at index: Int32) -> Int32 {
        Int64(self).bind(to: statement, at: index)
    }

    public static func read(from statement: Statement.SQLiteStatement, at index: Int32) -> Int {
        Int(Int64.read(from: statement, at: index))
    }
}

extension Bool: SQLiteValue {
    /// Stored as 1 or 0, SQLite's own booleans.
    public func bind(to statement: Statement.SQLiteStatement, at index: Int32) -> Int32 {
        Int64(self ? 1 : 0).bind(to: statement, at: index)
    }

    public static func read(from statement: Statement.SQLiteStatement, at index: Int32) -> Bool {
        Int64.read(from: statement, at: index) != 0
    }
}

extension Double: SQLiteValue {
    public func bind(to statement: Statement.SQLiteStatement, at index: Int32) -> Int32 {
        sqlite3_bind_double(statement, index, self)
    }

    public static func read(from statement: Statement.SQLiteStatement, at index: Int32) -> Double {
        requireNotNull(statement, index)
        return sqlite3_column_double(statement, index)
    }
}

extension String: SQLiteValue {
    /// Binds the UTF-8 bytes with their length, so an empty string stays '' (not NULL) and an
    /// embedded NUL does not cut the text short. SQLite copies them (`hiwar_sqlite_transient`).
    public func bind(to statement: Statement.SQLiteStatement, at index: Int32) -> Int32 {
        let length = sqlite3_uint64(utf8.count)
        return withCString { sqlite3_bind_text64(statement, index, $0, length, hiwar_sqlite_transient(), UInt8(SQLITE_UTF8)) }
    }

    public static func read(from statement: Statement.SQLiteStatement, at index: Int32) -> String {
        requireNotNull(statement, index)
        guard let text = sqlite3_column_text(statement, index) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, index))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }
}

extension Array: SQLiteValue where Element == UInt8 {
    /// Binds a blob. An empty array binds a zero-length blob: a nil pointer would bind NULL.
    public func bind(to statement: Statement.SQLiteStatement, at index: Int32) -> Int32 {
        if isEmpty { return sqlite3_bind_zeroblob(statement, index, 0) }
        return withUnsafeBytes {
            sqlite3_bind_blob64(statement, index, $0.baseAddress, sqlite3_uint64($0.count), hiwar_sqlite_transient())
        }
    }

    public static func read(from statement: Statement.SQLiteStatement, at index: Int32) -> [UInt8] {
        requireNotNull(statement, index)
        guard let bytes = sqlite3_column_blob(statement, index) else { return [] }
        let count = Int(sqlite3_column_bytes(statement, index))
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }
}

extension Optional: SQLiteValue where Wrapped: SQLiteValue {
    public func bind(to statement: Statement.SQLiteStatement, at index: Int32) -> Int32 {
        switch self {
        case .some(let value): value.bind(to: statement, at: index)
        case .none: sqlite3_bind_null(statement, index)
        }
    }

    public static func read(from statement: Statement.SQLiteStatement, at index: Int32) -> Wrapped? {
        sqlite3_column_type(statement, index) == SQLITE_NULL ? nil : Wrapped.read(from: statement, at: index)
    }
}

extension Database {
    /// The value as an SQL literal, for scripts the `sqlite3` tool runs: text quoted with its quotes
    /// doubled, numbers as they are, NULL for nil.
    public static func sqlLiteral(_ value: (any SQLiteValue)?) -> String {
        switch value {
        case let text as String: "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
        case let value?: "\(value)"
        case nil: "NULL"
        }
    }
}
