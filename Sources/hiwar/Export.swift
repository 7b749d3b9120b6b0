import ArgumentParser

extension Hiwar {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the archive's events for other programs: JSON Lines, CSV or JSON.",
            discussion: """
                JSON Lines gives one event a line, keys in this order: id, type, name, name_original, \
                countries (sorted ISO alpha-3), country (a delegation's sending state, else null), start, \
                end (YYYY[-MM[-DD]] or null), status, location, head ({name, name_original, role} or null), \
                people (each name, name_original, role, country), source_count (independent sources) and \
                sources (each article_id, title, url, published, evidence, start, end, rule, copy_of). Evidence start and end count Unicode scalars in \
                the article body, end exclusive. Arabic is written as it is, not escaped.

                CSV (RFC 4180, UTF-8, CRLF line ends) has a header row and the same fields in 26 columns (source_count among them); \
                head, people and sources are spread over columns of their own, lists joined with ";". \
                JSON is one array of the JSON Lines objects. --excel adds a byte order mark and \
                neutralises formulas for spreadsheets.

                dyad-year writes CSV with one row per unordered pair of states and year (dated events \
                only; a trilateral event counts for each pair): state_a, cow_a, state_b, cow_b (ISO \
                alpha-3 and Correlates of War codes), year, a count per event type, and total. Every \
                column is described in docs/EXPORT.md.

                Events come in date order, undated last; the options below narrow them.

                Examples:
                  hiwar export --format jsonl > events.jsonl
                  hiwar export --format csv --output events.csv --country Morocco
                  hiwar --db dialogues.sqlite export --format json --from 2020 --to 2023-06
                  hiwar export --format csv --excel --dyad Iraq USA --output iraq-us.csv
                  hiwar export --format dyad-year --from 2010 > dyad-years.csv
                """
        )

        @OptionGroup var archive: ArchiveOptions
        @OptionGroup var events: EventFilterOptions

        @Option(help: "jsonl, csv, json, table, or dyad-year (CSV: one row per pair of states and year, counts by type).")
        var format: EventFormat

        @Flag(help: "CSV for spreadsheets: a byte order mark, and cells starting with = + - @ tab or CR prefixed with '.")
        var excel = false

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        func run() throws {
            let archive = try self.archive.openExisting()
            let file = try output.map(OutputFile.init(creating:)) ?? .standardOutput()
            let count = try format.write(archive, matching: events.filter, to: file, excel: excel, whole: true)
            let noun = format == .dyadYear ? (count == 1 ? "dyad-year" : "dyad-years") : (count == 1 ? "event" : "events")
            if let output { StandardError.print("wrote \(count) \(noun) to \(output)") }
        }
    }
}
