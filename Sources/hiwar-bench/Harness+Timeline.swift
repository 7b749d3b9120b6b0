import Foundation
import HiwarModel
import HiwarStore

extension Harness {
    /// A timeline filter, as hiwar takes it; `EventFilter.timelineSQL` gives the SQL hiwar runs for it.
    struct Query {
        let name: String
        let filter: EventFilter
    }

    static let queries = [
        Query(name: "country IRQ", filter: EventFilter(countries: ["IRQ"])),
        Query(name: "dyad IRN + IRQ", filter: EventFilter(countries: ["IRN", "IRQ"])),
        Query(name: "year 2015", filter: EventFilter(year: 2015)),
        Query(name: "type agreement", filter: EventFilter(types: [.agreement])),
    ]

    /// Rows a timeline screen shows: the latency quoted is the time to the first `page` events.
    static let page = 100

    static func sql(_ query: Query, limit: Int?) -> String {
        query.filter.timelineSQL(limit: limit) + ";"
    }

    /// Archives of each event count: the smallest written straight through `Archive.importBatch` (no
    /// extraction), the larger ones repeating it (`replicationSQL`).
    mutating func buildEventArchives() throws -> (table: Table, paths: [Int: String]) {
        var table = Table(title: "Event archives", header: ["events", "articles", "made by", "build s", "file MB"])
        var paths: [Int: String] = [:]
        let sizes = eventSizes.sorted()
        for size in sizes {
            let file = path("events-\(size).sqlite")
            Harness.removeDatabase(file)
            let smallest = sizes[0]
            let seconds: Double
            if size == smallest || size % smallest != 0 {
                commands.append("hiwar-bench populate --events \(size) --seed 1 --db \(file)")
                seconds = try Stopwatch.time { try Harness.populate(file, events: size, seed: 1) }
            } else {
                let source = path("events-\(smallest).sqlite")
                seconds = try Stopwatch.time { try replicate(source, factor: size / smallest, into: file) }
            }
            let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            table.rows.append([Figure.count(size), Figure.count(size / EventGenerator.eventsPerArticle),
                               size == smallest || size % smallest != 0 ? "importBatch" : "×\(size / smallest) in SQL",
                               Figure.fixed(seconds, 1), Figure.fixed(Double(bytes) / 1_000_000, 0)])
            paths[size] = file
        }
        table.note = "\(EventGenerator.eventsPerArticle) events per short synthetic article, between two of "
            + "\(CorpusGenerator.states.count) states, dated \(EventGenerator.years) (5% undated), 0–2 people each; the "
            + "larger archives repeat the smallest (`replicate-N.sql`), same mix, ids shifted."
        return (table, paths)
    }

    /// Adds `events` generated events to the archive at `file`, a thousand articles per transaction.
    static func populate(_ file: String, events: Int, seed: UInt64) throws {
        let archive = try Archive(path: file)
        var generator = EventGenerator(seed: seed)
        var remaining = events / EventGenerator.eventsPerArticle
        while remaining > 0 {
            let batch = min(remaining, 1_000)
            try archive.importBatch { session in
                for _ in 0..<batch {
                    let next = generator.next()
                    _ = try session.add(next.article, events: next.events)
                }
            }
            remaining -= batch
        }
    }

    /// Timeline latency through hiwar's own read path (`Archive.events(matching:)`, in this process)
    /// beside the same SQL in the `sqlite3` tool, for each filter and archive size.
    mutating func measureTimelines(_ archives: [Int: String]) throws -> Table {
        var table = Table(
            title: "Timeline queries",
            header: ["events", "filter", "rows", "hiwar first \(Harness.page) p50 ms", "p99 ms", "sqlite3 p50 ms", "p99 ms",
                     "hiwar all rows ms", "sqlite3 all rows ms"])
        for size in eventSizes {
            guard let file = archives[size] else { continue }
            let archive = try Archive(path: file)
            for query in Harness.queries {
                var rows = 0
                var page: [Double] = []
                for _ in 0..<queryRuns {
                    page.append(try Stopwatch.time { rows = try Harness.read(archive, query.filter, limit: Harness.page) })
                }
                var all: [Double] = []
                for _ in 0..<runs { all.append(try Stopwatch.time { rows = try Harness.read(archive, query.filter, limit: nil) }) }
                let sqlite = try sqliteTimes(file, [(Harness.sql(query, limit: Harness.page), queryRuns),
                                                    (Harness.sql(query, limit: nil), runs)],
                                              name: "timeline-\(size)-\(query.name.prefix(4))")
                table.rows.append([
                    Figure.count(size), query.name, Figure.count(rows),
                    Figure.milliseconds(Stopwatch.percentile(50, of: page)), Figure.milliseconds(Stopwatch.percentile(99, of: page)),
                    Figure.milliseconds(Stopwatch.percentile(50, of: sqlite[0])),
                    Figure.milliseconds(Stopwatch.percentile(99, of: sqlite[0])),
                    Figure.milliseconds(Harness.median(all)), Figure.milliseconds(Harness.median(sqlite[1])),
                ])
            }
        }
        table.note = "hiwar: wall time of `Archive.events(matching:)` until the first \(Harness.page) events (what a "
            + "screen shows; p50 and p99 of \(queryRuns) runs) and until the last (median of \(runs)), each event with "
            + "its people and sources. sqlite3: the same SELECT (`LIMIT \(Harness.page)`, then all rows), CPU time "
            + "(user + sys) from `.timer on`, whose wall time has only millisecond resolution; sqlite3 fetches no "
            + "people or sources."
        return table
    }

    /// Reads the events matching `filter`, stopping after `limit`; returns how many were read.
    static func read(_ archive: Archive, _ filter: EventFilter, limit: Int?) throws -> Int {
        struct Enough: Error {}
        var count = 0
        do {
            try archive.events(matching: filter) { _ in
                count += 1
                if let limit, count >= limit { throw Enough() }
            }
        } catch is Enough {}
        return count
    }

    /// Runs each statement the given number of times in one `sqlite3` session with `.timer on`, and
    /// returns the CPU seconds (user + sys) of each run, statement by statement.
    mutating func sqliteTimes(_ database: String, _ statements: [(sql: String, runs: Int)], name: String) throws -> [[Double]] {
        let script = path("\(name).sql"), output = path("\(name).out")
        var text = ".timer on\n.output /dev/null\n"
        for statement in statements {
            text += String(repeating: statement.sql + "\n", count: statement.runs)
        }
        try text.write(toFile: script, atomically: true, encoding: .utf8)
        _ = try run(sqlite3, ["-readonly", database], input: script, output: output, log: "\(name).log")
        let times = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("Run Time:") }
            .map { line -> Double in
                let words = line.split(separator: " ")
                let user = words.firstIndex(of: "user").flatMap { Double(words[$0 + 1]) } ?? 0
                let sys = words.firstIndex(of: "sys").flatMap { Double(words[$0 + 1]) } ?? 0
                return user + sys
            }
        guard times.count == statements.reduce(0, { $0 + $1.runs }) else {
            throw BenchError("sqlite3 printed \(times.count) timings for \(script); see \(output)")
        }
        var result: [[Double]] = []
        var rest = times[...]
        for statement in statements {
            result.append(Array(rest.prefix(statement.runs)))
            rest = rest.dropFirst(statement.runs)
        }
        return result
    }
}
