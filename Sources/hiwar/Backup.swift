import ArgumentParser
import Foundation
import HiwarStore

extension Hiwar {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the archive to FILE, safely even while an import is writing to it.",
            discussion: """
                The copy is one consistent snapshot taken with SQLite's online backup API, checked, and \
                only then moved to FILE, so a failed backup leaves nothing behind. An existing FILE is \
                kept unless --force is given.

                Examples:
                  hiwar backup backups/hiwar-2024-05-01.sqlite
                  hiwar --db dialogues.sqlite backup --force /mnt/usb/dialogues.sqlite
                """
        )

        @OptionGroup var archive: ArchiveOptions

        @Flag(help: "Replace FILE when it exists.")
        var force = false

        @Argument(help: ArgumentHelp("Where to write the copy.", valueName: "file"))
        var file: String

        func run() throws {
            if !force, FileManager.default.fileExists(atPath: file) {
                throw RuntimeError("\(file) already exists; pass --force to replace it")
            }
            let health = try Archive.backup(path: archive.path, to: file)
            let rows = health.counts.prefix(2).map { "\($0.rows) \($0.table)" }.joined(separator: ", ")
            StandardError.print("backed up \(archive.path) to \(file) (\(rows))")
        }
    }
}
