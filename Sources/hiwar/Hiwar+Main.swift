import ArgumentParser
import HiwarStore

/// A command that works on an archive file.
protocol ArchiveCommand {
    var archive: ArchiveOptions { get }
}

extension Hiwar.Import: ArchiveCommand {}
extension Hiwar.Timeline: ArchiveCommand {}
extension Hiwar.Show: ArchiveCommand {}
extension Hiwar.Search: ArchiveCommand {}
extension Hiwar.Export: ArchiveCommand {}
extension Hiwar.Articles: ArchiveCommand {}
extension Hiwar.Stats: ArchiveCommand {}
extension Hiwar.Remove: ArchiveCommand {}
extension Hiwar.Check: ArchiveCommand {}
extension Hiwar.Backup: ArchiveCommand {}

extension Hiwar {
    /// Runs the command as ArgumentParser's own `main()` does, except that a failure SQLite reports
    /// names the archive it happened in: "database disk image is malformed" alone does not say which file.
    static func main() {
        do {
            var command = try parseAsRoot()
            do {
                try command.run()
            } catch let error as SQLiteError {
                let path = (command as? ArchiveCommand)?.archive.path ?? "the archive"
                throw RuntimeError("\(path): \(error.message)"
                                   + (error.isCorrupt ? " (hiwar check says more; restore the file from a backup)" : ""))
            }
        } catch {
            exit(withError: error)
        }
    }
}
