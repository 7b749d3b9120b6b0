import Foundation
import HiwarModel
import HiwarStore

extension Harness {
    /// Imports corpora of each size with `hiwar import`, and loads the same article rows and their
    /// `articles_search` rows (folded by hiwar's own code before the clock starts) into a fresh archive with
    /// the `sqlite3` tool in one transaction (the archive's own schema, so the same FTS5 table, tokenizer
    /// and index): the storage floor that hiwar's import is compared with.
    mutating func measureImports() throws -> (table: Table, largestArchive: String?) {
        var table = Table(
            title: "Import: hiwar against the sqlite3 floor",
            header: ["articles", "corpus MB", "events found", "hiwar s (CPU s)", "articles/s (per CPU s)", "MB/s (per CPU s)",
                     "peak RSS MiB", "sqlite3 floor s (CPU s)", "floor RSS MiB", "hiwar ÷ floor (CPU)"])
        var largest: String?
        for size in importSizes {
            let corpus = path("corpus-\(size).jsonl")
            var generator = CorpusGenerator(seed: 1)
            commands.append("hiwar-bench generate --count \(size) --seed 1 --output \(corpus)")
            let bytes = try CorpusFormat.jsonl.write(size, from: &generator, to: corpus)
            let floorSQL = path("floor-\(size).sql")
            try writeFloorSQL(size, corpus: corpus, to: floorSQL)

            let archive = path("import-\(size).sqlite")
            var hiwarRuns: [Child.Outcome] = []
            var floorRuns: [Child.Outcome] = []
            for _ in 0..<runs {
                Harness.removeDatabase(archive)
                hiwarRuns.append(try run(hiwar, ["--db", archive, "import", "--quiet", corpus], log: "import-\(size).log"))
                let floor = path("floor-\(size).sqlite")
                Harness.removeDatabase(floor)
                // hiwar's own code makes the empty archive (schema, countries); sqlite3 then stores the articles.
                _ = try Archive(path: floor)
                floorRuns.append(try run(sqlite3, [floor], input: floorSQL, log: "floor-\(size).log"))
            }
            let events = try Archive(path: archive).counts().events
            let seconds = Harness.median(hiwarRuns.map(\.seconds)), cpu = Harness.median(hiwarRuns.map(\.cpuSeconds))
            let floor = Harness.median(floorRuns.map(\.seconds)), floorCPU = Harness.median(floorRuns.map(\.cpuSeconds))
            let megabytes = Double(bytes) / 1_000_000
            func pair(_ wall: Double, _ cpu: Double, _ digits: Int) -> String {
                "\(Figure.fixed(wall, digits)) (\(Figure.fixed(cpu, digits)))"
            }
            table.rows.append([
                Figure.count(size), Figure.fixed(megabytes, 1), Figure.count(events), pair(seconds, cpu, 1),
                "\(Figure.count(Int(Double(size) / seconds))) (\(Figure.count(Int(Double(size) / cpu))))",
                pair(megabytes / seconds, megabytes / cpu, 2), Figure.fixed(hiwarRuns.map(\.peakMiB).max() ?? 0, 1),
                pair(floor, floorCPU, 1), Figure.fixed(floorRuns.map(\.peakMiB).max() ?? 0, 1),
                "\(Figure.fixed(seconds / floor, 1))× (\(Figure.fixed(cpu / floorCPU, 1))×)",
            ])
            largest = archive
        }
        table.note = "Median of \(runs) run(s) each. The corpus is JSON Lines from `hiwar-bench generate --seed 1` "
            + "(Arabic and English, 2–10 KB bodies, one article in five a negative). The floor is `sqlite3` running one "
            + "transaction of `INSERT INTO articles` with the same rows (hash, title, source, url, published, language, "
            + "body, origin), each followed by its `INSERT INTO articles_search` with the folded title and body hiwar indexes "
            + "(computed by hiwar-bench before the run, `Archive.searchRow`), into an archive made by `Archive(path:)`, so the "
            + "FTS5 table, tokenizer and index are the same. Peak RSS is "
            + "each child's own, from GNU `time -f %M`; CPU time is user + system from `wait4`."
        return (table, largest)
    }

    /// The floor's SQL: the corpus's articles and their search rows as `hiwar import` would store them,
    /// in one transaction.
    private func writeFloorSQL(_ size: Int, corpus: String, to sqlPath: String) throws {
        guard FileManager.default.createFile(atPath: sqlPath, contents: nil),
              let file = FileHandle(forWritingAtPath: sqlPath) else { throw BenchError("cannot write \(sqlPath)") }
        defer { try? file.close() }
        var generator = CorpusGenerator(seed: 1)
        var buffer = "BEGIN;\n"
        for index in 0..<size {
            let article = generator.next().article
            let values = [article.contentHash, article.title, article.source, article.url, article.published?.description,
                          article.language, article.body, "\(corpus):\(index + 1)"].map { Database.sqlLiteral($0) }
            let search = Archive.searchRow(title: article.title, body: article.body)
            buffer += "INSERT INTO articles (content_hash, title, source, url, published, language, body, origin) VALUES ("
                + values.joined(separator: ", ") + ");\n"
                + "INSERT INTO articles_search (rowid, title, body) VALUES (last_insert_rowid(), "
                + Database.sqlLiteral(search.title) + ", " + Database.sqlLiteral(search.body) + ");\n"
            if buffer.utf8.count > 1 << 20 {
                try file.write(contentsOf: Data(buffer.utf8))
                buffer = ""
            }
        }
        buffer += "COMMIT;\n"
        try file.write(contentsOf: Data(buffer.utf8))
    }
}
