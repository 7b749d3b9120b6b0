import HiwarMigrations
import HiwarModel

/// A Hiwar archive: one SQLite file holding articles, the events read from them, and the states
/// they name. Opening it creates or migrates the file as needed (see `docs/SCHEMA.md`).
///
/// An archive is one connection, used from one thread at a time. Several processes may open the
/// same file: readers never block, and writers wait for each other up to `Database.busyTimeout`.
public final class Archive {
    /// The schema version this binary writes: the number of migrations it knows.
    public static var schemaVersion: Int { Migrations.all.count }

    /// The file, as given to `init(path:)`.
    public let path: String
    let database: Database

    /// Opens the archive at `path`, creating it when the file does not exist or is empty, and
    /// migrating it to `schemaVersion`. Throws `ArchiveError` for a file that is not an archive, one
    /// made by a newer hiwar, or one that cannot be opened for writing; `SQLiteError` otherwise.
    public convenience init(path: String) throws {
        try self.init(path: path, catalog: .shared)
    }

    /// Opens the archive with its `countries` table copied from `catalog`.
    init(path: String, catalog: CountryCatalog) throws {
        self.path = path
        self.database = try Archive.connect(path)
        try Migrator().migrate(database)
        try Archive.copy(catalog, into: database)
    }

    /// SQLite's page cache, in KiB, for a connection that imports (2 MiB otherwise). FTS5 reads its
    /// index segments back to merge them; with 2 MiB most of those reads missed the cache and went to
    /// the file (`pread`): at 10⁴ articles, 32 MiB took 1.5 to 2 s of system time off about 40 s of CPU.
    static let importCacheKiB = 32 * 1024

    /// Runs `body` in one transaction and commits what it added. Each `add` inside is all-or-nothing
    /// on its own, so an article that fails leaves the others of the batch in place; an error thrown
    /// out of `body` rolls back the whole batch. The words of articles deleted or changed by another
    /// tool leave the search index first, before a new article can take a deleted one's id.
    public func importBatch<T>(_ body: (ImportSession) throws -> T) throws -> T {
        try database.execute(sql: "PRAGMA cache_size = -\(Archive.importCacheKiB)")
        return try database.transaction {
            try database.unindexRemovedArticles()
            let session = ImportSession(database: database)
            defer { session.isActive = false }
            let result = try body(session)
            try session.writeSearchRows()
            return result
        }
    }

    /// How many articles and events the archive holds.
    public func counts() throws -> (articles: Int, events: Int) {
        let statement = try database.cachedStatement(sql: "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)")
        defer { statement.reset() }
        try statement.step()
        return (statement.column(0), statement.column(1))
    }
}
