/// The archive's schema migrations, embedded in the binary so an installed `hiwar` needs no files beside it.
///
/// To change the schema, add `NNNN_topic.sql` beside the others, list it in `Package.swift`'s resources
/// and below. A shipped migration is never edited, only followed by a new one.
public enum Migrations {
    /// Every migration in order; the archive's `PRAGMA user_version` is the count applied.
    public static let all: [(version: Int, name: String, sql: String)] = [
        (1, "0001_initial", String(decoding: PackageResources._001_initial_sql, as: UTF8.self)),
        (2, "0002_merging", String(decoding: PackageResources._002_merging_sql, as: UTF8.self)),
        (3, "0003_search", String(decoding: PackageResources._003_search_sql, as: UTF8.self)),
        (4, "0004_merge_key", String(decoding: PackageResources._004_merge_key_sql, as: UTF8.self)),
        (5, "0005_timeline_by_state", String(decoding: PackageResources._005_timeline_by_state_sql, as: UTF8.self)),
        (6, "0006_reports", String(decoding: PackageResources._006_reports_sql, as: UTF8.self)),
        (7, "0007_pairs", String(decoding: PackageResources._007_pairs_sql, as: UTF8.self)),
        (8, "0008_one_search_index", String(decoding: PackageResources._008_one_search_index_sql, as: UTF8.self)),
    ]
}
