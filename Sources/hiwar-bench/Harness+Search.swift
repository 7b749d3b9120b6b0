import Foundation
import HiwarStore

extension Harness {
    /// What `hiwar search` is asked in the benchmark: English and Arabic words, rare and common.
    static let searches = ["memorandum", "الاستراتيجي", "joint security committee", "بغداد"]

    /// Search latency over the largest imported archive through hiwar's own read path (`Archive.search`,
    /// in this process, snippets included) beside the same SELECT in the `sqlite3` tool, first 20 hits by rank.
    mutating func measureSearch(in file: String) throws -> Table {
        var table = Table(title: "Full-text search (FTS5) on the largest imported archive",
                          header: ["query", "hits", "hiwar p50 ms", "p99 ms", "sqlite3 p50 ms", "p99 ms"])
        let archive = try Archive(path: file)
        for (index, query) in Harness.searches.enumerated() {
            guard let sql = Archive.searchSQL(query, limit: Harness.searchLimit) else { throw BenchError("no words in \(query)") }
            var hits = 0
            try archive.search(query, matching: ArticleFilter(), limit: Int.max) { _ in hits += 1 }
            var times: [Double] = []
            for _ in 0..<queryRuns {
                times.append(try Stopwatch.time {
                    try archive.search(query, matching: ArticleFilter(), limit: Harness.searchLimit) { _ in }
                })
            }
            let sqlite = try sqliteTimes(file, [(sql + ";", queryRuns)], name: "search-\(index)")[0]
            table.rows.append(["`\(query)`", Figure.count(hits),
                               Figure.milliseconds(Stopwatch.percentile(50, of: times)),
                               Figure.milliseconds(Stopwatch.percentile(99, of: times)),
                               Figure.milliseconds(Stopwatch.percentile(50, of: sqlite)),
                               Figure.milliseconds(Stopwatch.percentile(99, of: sqlite))])
        }
        table.note = "hiwar: wall time of `Archive.search` (what `hiwar search` runs: the folded query against "
            + "`articles_search`, each hit's snippet cut from its body) for the first \(Harness.searchLimit) hits, p50 and "
            + "p99 of \(queryRuns) runs. sqlite3: the same SELECT, its CPU time (user + sys) from `.timer on`; it cuts no "
            + "snippets. Hits: every article that matches."
        return table
    }

    /// Hits a search screen shows (`hiwar search`'s default limit).
    static let searchLimit = 20
}
