import ArgumentParser
import HiwarExport
import HiwarStore

extension Hiwar {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count the archive's events by year, type and dyad, and its articles by language.",
            discussion: """
                Prints the totals, then one table per count. Dyads are the parties' ISO codes joined \
                with - (IRQ-USA); undated events count under "undated".

                Examples:
                  hiwar stats
                  hiwar --db dialogues.sqlite stats
                """
        )

        @OptionGroup var archive: ArchiveOptions

        func run() throws {
            let statistics = try archive.openExisting().statistics()
            let output = OutputFile.standardOutput()
            output.write("articles \(statistics.articles), events \(statistics.events)\n")
            for (header, rows) in [(["year", "events"], statistics.byYear), (["type", "events"], statistics.byType),
                                   (["dyad", "events"], statistics.byDyad), (["language", "articles"], statistics.byLanguage)] {
                output.write("\n")
                var table = TableWriter(to: output, header: header)
                for row in rows { table.write(row: [row.key, String(row.count)]) }
                table.finish()
            }
            try output.close()
        }
    }
}
