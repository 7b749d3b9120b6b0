import ArgumentParser

/// The benchmark harness of Hiwar (`make bench`): generates corpora and archives, and measures
/// import, timeline, export and search against the `sqlite3` tool on the same data.
@main
struct HiwarBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hiwar-bench",
        abstract: "Generate benchmark corpora and measure hiwar against SQLite's own floor.",
        subcommands: [Generate.self, Populate.self, Run.self]
    )
}
