import Foundation
import HiwarStore

extension Harness {
    /// `hiwar export` of each event archive to a file, as CSV and as JSON Lines.
    mutating func measureExports(_ archives: [Int: String]) throws -> Table {
        var table = Table(title: "Export", header: ["events", "format", "s", "CPU s", "rows/s (per CPU s)", "file MB", "peak RSS MiB"])
        for size in eventSizes {
            guard let file = archives[size] else { continue }
            for format in ["csv", "jsonl"] {
                let output = path("export-\(size).\(format)")
                var outcomes: [Child.Outcome] = []
                for _ in 0..<runs {
                    outcomes.append(try run(hiwar, ["--db", file, "export", "--format", format, "--output", output],
                                            log: "export.log"))
                }
                let seconds = Harness.median(outcomes.map(\.seconds)), cpu = Harness.median(outcomes.map(\.cpuSeconds))
                let bytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
                table.rows.append([Figure.count(size), format, Figure.fixed(seconds, 2), Figure.fixed(cpu, 2),
                                   "\(Figure.count(Int(Double(size) / seconds))) (\(Figure.count(Int(Double(size) / cpu))))",
                                   Figure.fixed(Double(bytes) / 1_000_000, 0), Figure.fixed(outcomes.map(\.peakMiB).max() ?? 0, 1)])
                try? FileManager.default.removeItem(atPath: output)
            }
        }
        table.note = "Median of \(runs) run(s); every event with its people and sources, in timeline order."
        return table
    }

    /// Full-text search over the largest imported archive, through the `sqlite3` tool (hiwar has no
    /// search command yet): the query `docs/SCHEMA.md` gives, first 20 hits by rank.
    mutating func measureSearch(in archive: String) throws -> Table {
        var table = Table(title: "Full-text search (FTS5) on the largest imported archive",
                          header: ["query", "hits", "p50 ms", "p99 ms"])
        let terms = ["memorandum", "الاستراتيجي", "\"joint security committee\"", "Baghdad OR بغداد"]
        for (index, term) in terms.enumerated() {
            let match = Database.sqlLiteral(term)
            let search = "SELECT a.id, a.title FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid "
                + "WHERE articles_fts MATCH \(match) ORDER BY rank LIMIT 20;"
            let count = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH \(match);"
            let times = try sqliteTimes(archive, [(search, queryRuns)], name: "search-\(index)")[0]
            let counted = path("search-\(index).count")
            _ = try run(sqlite3, ["-readonly", archive, count], output: counted, log: "search.log")
            let hits = (try? String(contentsOfFile: counted, encoding: .utf8))?.split(separator: "\n").first.map(String.init) ?? "?"
            table.rows.append(["`\(term)`", hits, Figure.milliseconds(Stopwatch.percentile(50, of: times)),
                               Figure.milliseconds(Stopwatch.percentile(99, of: times))])
        }
        table.note = "sqlite3 CPU time (user + sys) of each of \(queryRuns) runs, from `.timer on`."
        return table
    }
}
