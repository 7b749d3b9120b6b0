import CSQLite

extension SQLiteError {
    /// The file is damaged: a page is not what SQLite wrote (`SQLITE_CORRUPT`), or the file is not a
    /// database at all (`SQLITE_NOTADB`).
    public var isCorrupt: Bool { primaryResultCode == SQLITE_CORRUPT || primaryResultCode == SQLITE_NOTADB }
}
