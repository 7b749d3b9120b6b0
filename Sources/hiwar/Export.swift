import ArgumentParser

extension Hiwar {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the archive's events for other programs: JSON Lines, CSV or JSON.",
            discussion: """
                JSON Lines gives one event a line, keys in this order: id, type, name, name_original, \
                countries (sorted ISO alpha-3), country (a delegation's sending state, else null), start, \
                end (YYYY[-MM[-DD]] or null), status, location, head ({name, name_original, role} or null), \
                people (each name, name_original, role, country) and sources (each article_id, title, url, \
                published, evidence, start, end, rule). Evidence start and end count Unicode scalars in \
                the article body, end exclusive. Arabic is written as it is, not escaped.

                CSV (RFC 4180, UTF-8, CRLF line ends) has a header row and the same fields in 25 columns; \
                head, people and sources are spread over columns of their own, lists joined with ";". \
                JSON is one array of the JSON Lines objects.

                Events come in date order, undated last; the options below narrow them.

                Examples:
                  hiwar export --format jsonl > events.jsonl
                  hiwar export --format csv --output events.csv --country Morocco
                  hiwar --db dialogues.sqlite export --format json --from 2020 --to 2023-06
                """
        )

        @OptionGroup var archive: ArchiveOptions
        @OptionGroup var events: EventFilterOptions

        @Option(help: "jsonl, csv, json or table.")
        var format: EventFormat

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        func run() throws {
            let archive = try self.archive.openExisting()
            let file = try output.map(OutputFile.init(creating:)) ?? .standardOutput()
            let count = try format.write(archive, matching: events.filter, to: file)
            if let output { StandardError.print("wrote \(count) \(count == 1 ? "event" : "events") to \(output)") }
        }
    }
}
