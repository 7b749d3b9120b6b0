import ArgumentParser
import Foundation
import HiwarStore

/// The options every command shares: which archive file to use.
struct ArchiveOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The archive file (default: $HIWAR_DB, else hiwar.sqlite in the current folder).",
                               valueName: "path"))
    var db: String?

    /// The archive file this run uses.
    var path: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["HIWAR_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "hiwar.sqlite"
    }

    /// Opens the archive, creating it when it does not exist yet.
    func open() throws -> Archive {
        try Archive(path: path)
    }

    /// Opens an archive that must already exist: reading from a file that is not there is a mistake
    /// (a wrong `--db`), not a wish for an empty archive.
    func openExisting() throws -> Archive {
        guard FileManager.default.fileExists(atPath: path) else {
            throw RuntimeError("no archive at \(path); import articles first (hiwar --db \(path) import PATH…) or pass --db")
        }
        return try open()
    }
}
