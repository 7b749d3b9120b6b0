/// What `Archive.check(path:)` found in an archive file: the schema version, SQLite's own integrity
/// and foreign-key checks, and how many rows the main tables hold.
public struct ArchiveHealth: Equatable, Sendable {
    /// The archive's `PRAGMA user_version`.
    public var schemaVersion: Int
    /// Each line `PRAGMA integrity_check` printed other than `ok` (or the error that stopped it).
    public var integrityProblems: [String]
    /// Each row that names a parent row missing from its table, as `table row N: no PARENT row`.
    public var foreignKeyProblems: [String]
    /// Rows per table (articles, events, mentions, people, countries), in that order; empty when
    /// the file is too damaged to count.
    public var counts: [(table: String, rows: Int)]

    /// Whether the checks passed and this hiwar knows the schema (an older one is migrated on the next import).
    public var isHealthy: Bool {
        integrityProblems.isEmpty && foreignKeyProblems.isEmpty && (1...Archive.schemaVersion).contains(schemaVersion)
    }

    public static func == (lhs: ArchiveHealth, rhs: ArchiveHealth) -> Bool {
        lhs.schemaVersion == rhs.schemaVersion && lhs.integrityProblems == rhs.integrityProblems
            && lhs.foreignKeyProblems == rhs.foreignKeyProblems && lhs.counts.elementsEqual(rhs.counts) { $0 == $1 }
    }
}
