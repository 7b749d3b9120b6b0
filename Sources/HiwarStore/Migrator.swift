import HiwarMigrations

/// Brings a database to the newest schema this binary knows, one migration at a time.
///
/// The schema version is SQLite's `PRAGMA user_version`: the number of migrations applied.
/// Each migration runs together with its version bump in one `BEGIN IMMEDIATE` transaction, so a
/// crash or a failing statement leaves the archive at the previous version, never half-migrated.
struct Migrator {
    typealias Migration = (version: Int, name: String, sql: String)

    let migrations: [Migration]

    init(migrations: [Migration] = Migrations.all) {
        self.migrations = migrations
    }

    /// Work a migration needs done in Swift, in the same transaction, after its SQL: filling what
    /// SQL cannot compute (the folded search index of the articles already stored).
    static let dataSteps: [String: @Sendable (Database) throws -> Void] = [
        "0003_search": { try $0.indexAllArticles() },
        "0008_one_search_index": { try $0.indexAllArticles() },
    ]

    var knownVersion: Int { migrations.last?.version ?? 0 }

    /// The schema version stored in the database file.
    static func version(of database: Database) throws -> Int {
        try database.scalar(sql: "PRAGMA user_version") ?? 0
    }

    /// Applies the migrations the database lacks. A database made by a newer binary is refused
    /// before anything is written.
    func migrate(_ database: Database) throws {
        let found = try Migrator.version(of: database)
        guard found <= knownVersion else {
            throw ArchiveError.newerSchema(path: database.path, found: found, known: knownVersion)
        }
        for migration in migrations where migration.version > found {
            try database.transaction {
                // Another process may have migrated while this one waited for the write lock.
                guard try Migrator.version(of: database) < migration.version else { return }
                try database.execute(sql: migration.sql)
                try Migrator.dataSteps[migration.name]?(database)
                try database.execute(sql: "PRAGMA user_version = \(migration.version)")
            }
        }
    }
}
