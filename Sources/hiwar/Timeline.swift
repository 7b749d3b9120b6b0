import ArgumentParser

extension Hiwar {
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the archive's events in date order, undated last.",
            discussion: """
                The table shows each event's date (start, or start/end for a span), type, status, the \
                states taking part, its name and its place. --format csv, json or jsonl prints the same \
                events in the export's full form instead (see hiwar export --help).

                Examples:
                  hiwar timeline
                  hiwar timeline --country Iraq --country USA
                  hiwar timeline --country SA --year 2022 --type dialogue
                  hiwar timeline --format jsonl | jq .name
                """
        )

        @OptionGroup var archive: ArchiveOptions
        @OptionGroup var events: EventFilterOptions

        @Option(help: "table, csv, json, jsonl or dyad-year.")
        var format: EventFormat = .table

        func run() throws {
            _ = try format.write(try archive.openExisting(), matching: events.filter, to: .standardOutput())
        }
    }
}
