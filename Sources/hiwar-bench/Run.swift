import ArgumentParser
import Foundation

extension HiwarBench {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure import, search, timeline and export, and write the tables to a report.",
            discussion: """
                Runs the real hiwar (and the sqlite3 tool for the floor) on generated corpora and archives, \
                prints each table as it completes, and with --report rewrites the part of that Markdown file \
                between <!-- bench:begin --> and <!-- bench:end --> (the rest is left as written).

                Examples:
                  hiwar-bench run --report docs/PERFORMANCE.md
                  hiwar-bench run --quick
                """
        )

        @Option(help: "The hiwar binary to measure (default: the one beside hiwar-bench).")
        var hiwar: String?

        @Option(help: "The sqlite3 tool.")
        var sqlite3 = "sqlite3"

        @Option(help: "Scratch folder for corpora and archives (emptied first).")
        var work = ".build/bench-work"

        @Option(help: "Markdown file to write the tables into.")
        var report: String?

        @Flag(help: "Small sizes, for a check of the harness in a minute or two.")
        var quick = false

        @Option(parsing: .upToNextOption, help: "Article counts to import (default 10000 100000; --quick 300 1000; 0 for none).")
        var importSizes: [Int] = []

        @Option(parsing: .upToNextOption, help: "Event counts of the timeline and export archives (default 10⁴ 10⁵ 10⁶).")
        var eventSizes: [Int] = []

        @Option(help: "Runs of each import and export; the median is quoted.")
        var runs = 1

        @Option(help: "Runs of each query, for p50 and p99.")
        var queryRuns = 200

        func run() throws {
            let binary = hiwar ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                .appendingPathComponent("hiwar").path
            var harness = Harness(
                hiwar: binary, sqlite3: sqlite3, work: work,
                importSizes: !importSizes.isEmpty ? importSizes.filter { $0 > 0 } : quick ? [300, 1_000] : [10_000, 100_000],
                eventSizes: !eventSizes.isEmpty ? eventSizes : quick ? [1_000, 10_000, 100_000] : [10_000, 100_000, 1_000_000],
                runs: runs, queryRuns: quick ? min(queryRuns, 50) : queryRuns)
            let machine = Machine.describe(sqlite3: sqlite3)
            print(machine.joined(separator: "\n") + "\n")
            let started = Date()
            let imported = harness.importSizes.isEmpty ? "0" : harness.importSizes.map(String.init).joined(separator: " ")
            let archived = harness.eventSizes.map(String.init).joined(separator: " ")
            let invocation = "hiwar-bench run\(quick ? " --quick" : "") --import-sizes \(imported) --event-sizes \(archived) "
                + "--runs \(runs) --query-runs \(harness.queryRuns)"
            _ = try harness.measure { tables, commands in
                guard let report else { return }
                let minutes = Date().timeIntervalSince(started) / 60
                let body = ["Measured \(ISO8601DateFormatter().string(from: started)) by `\(invocation)`; these tables took "
                            + "\(Figure.fixed(minutes, 1)) minutes.", "", "#### Machine", ""] + machine
                    + ["", "#### Commands", "", "```sh"] + commands + ["```", ""] + tables.map(\.markdown)
                try Report.replace(in: report, with: body.joined(separator: "\n"))
            }
            guard let report else { return }
            print("wrote \(report)")
        }
    }

    struct Populate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fill an archive with generated events, without extraction.",
            discussion: "Example:\n  hiwar-bench populate --events 1000000 --db big.sqlite"
        )

        @Option(help: "How many events (ten per synthetic article).")
        var events: Int

        @Option(help: "Seed of the random generator.")
        var seed: UInt64 = 1

        @Option(help: "The archive to add them to.")
        var db: String

        func run() throws {
            let seconds = try Stopwatch.time { try Harness.populate(db, events: events, seed: seed) }
            print("added \(events) events to \(db) in \(Figure.fixed(seconds, 1)) s")
        }
    }
}

/// The generated part of a Markdown report, kept between two markers so that the analysis written
/// around it survives each run.
enum Report {
    static let begin = "<!-- bench:begin -->"
    static let end = "<!-- bench:end -->"

    static func replace(in path: String, with generated: String) throws {
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "# Performance\n\n\(begin)\n\(end)\n"
        guard let start = existing.range(of: begin), let stop = existing.range(of: end), start.upperBound <= stop.lowerBound else {
            throw BenchError("\(path) lacks the markers \(begin) and \(end)")
        }
        let text = existing[..<start.upperBound] + "\n" + generated + "\n" + existing[stop.lowerBound...]
        try String(text).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
