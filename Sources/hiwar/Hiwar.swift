import ArgumentParser

@main
struct Hiwar: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Archive of bilateral security dialogues, read from Arabic and English news.",
        discussion: """
            Hiwar reads news articles, finds the security dialogues, delegations, joint committees, \
            agreements and meetings between states that they report, with the sentence that says so, \
            and keeps them in one SQLite file for timelines and exports.

            Examples:
              hiwar import SampleData
              hiwar timeline --country Iraq --year 2023
              hiwar export --format csv --output events.csv
            """,
        version: "0.1.0",
        subcommands: [Import.self, Timeline.self, First.self, Last.self, Show.self, Search.self, Export.self, Articles.self, Stats.self, Remove.self, Check.self, Backup.self]
    )

    /// Declared here too, so that `--db` may come before the subcommand (`hiwar --db x.sqlite import …`).
    @OptionGroup var archive: ArchiveOptions
}
