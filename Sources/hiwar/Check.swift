import ArgumentParser
import HiwarStore

extension Hiwar {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the archive: SQLite's integrity and foreign-key checks, schema version, counts.",
            discussion: """
                The archive is opened read-only and left exactly as it is, damaged or not. Standard output \
                gets the report; the exit status is 1 when a check fails or the schema is one this hiwar \
                does not know. Restore a damaged archive from a copy made by hiwar backup.

                Examples:
                  hiwar check
                  hiwar --db dialogues.sqlite check
                """
        )

        @OptionGroup var archive: ArchiveOptions

        func run() throws {
            let path = archive.path
            let health = try Archive.check(path: path)
            print("archive: \(path)")
            print("schema: \(health.schemaVersion) (this hiwar knows \(Archive.schemaVersion))")
            print("integrity: " + Self.summary(of: health.integrityProblems))
            print("foreign keys: " + Self.summary(of: health.foreignKeyProblems))
            if !health.counts.isEmpty {
                print("rows: " + health.counts.map { "\($0.table) \($0.rows)" }.joined(separator: ", "))
            }
            guard health.isHealthy else {
                throw RuntimeError("\(path) failed its check; restore it from a backup (hiwar backup) and leave this file as it is")
            }
        }

        /// "ok", or the number of problems followed by the first few, each on its own indented line.
        private static func summary(of problems: [String]) -> String {
            guard !problems.isEmpty else { return "ok" }
            let shown = 10
            return "\(problems.count) problem\(problems.count == 1 ? "" : "s")" + problems.prefix(shown).map { "\n  " + $0 }.joined()
                + (problems.count > shown ? "\n  …" : "")
        }
    }
}
