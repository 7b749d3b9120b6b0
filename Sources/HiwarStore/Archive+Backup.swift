import CSQLite
import Foundation

extension Archive {
    /// Copies the archive at `path` to `destination` (replacing any file there) while other
    /// processes may be importing into it, and returns the copy's health.
    ///
    /// The copy is one consistent snapshot (`Database.backup(into:)`), written beside `destination`
    /// under a temporary name, checked with `check(path:)`, and only then renamed into place: a
    /// backup that fails leaves `destination` as it was and no partial file behind. The source is
    /// opened read-only and never migrated.
    public static func backup(path: String, to destination: String) throws -> ArchiveHealth {
        let source = try openReadOnly(path)
        let partial = destination + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        let files = FileManager.default
        defer {
            for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: partial + suffix) }
        }
        do {
            let copy = try Database(path: partial)
            try source.backup(into: copy)
        } catch let error as SQLiteError {
            throw ArchiveError.cannotOpen(path: destination, reason: error.message)
        }
        let health = try check(path: partial)
        guard health.isHealthy else {
            let problems = (health.integrityProblems + health.foreignKeyProblems).filter { !$0.hasPrefix("***") }
            throw ArchiveError.cannotOpen(path: path, reason: "it failed its check (\(problems.count) problems, the first: "
                                          + (problems.first ?? "schema \(health.schemaVersion)") + "); hiwar check lists them all")
        }
        guard rename(partial, destination) == 0 else {
            throw ArchiveError.cannotOpen(path: destination, reason: String(cString: strerror(errno)))
        }
        return health
    }
}
