import Foundation
import HiwarStore
import Testing

/// Messy and hostile input files, through the real `hiwar import` (docs/RELIABILITY.md).
@Suite struct ReliabilityInputTests {
    /// An Arabic headline and sentence, the sentence ending in `round`.
    static func arabic(_ round: Int) -> String {
        "العراق والأردن يعقدان حوارا أمنيا في عمان\nعقد العراق والأردن حوارا أمنيا في عمان للمرة \(round).\n"
    }

    /// `arabic(1)` as Windows-1256 bytes (Python: `text.encode("cp1256")`).
    static let windows1256: [UInt8] = [
        0xC7, 0xE1, 0xDA, 0xD1, 0xC7, 0xDE, 0x20, 0xE6, 0xC7, 0xE1, 0xC3, 0xD1, 0xCF, 0xE4, 0x20, 0xED, 0xDA, 0xDE,
        0xCF, 0xC7, 0xE4, 0x20, 0xCD, 0xE6, 0xC7, 0xD1, 0xC7, 0x20, 0xC3, 0xE3, 0xE4, 0xED, 0xC7, 0x20, 0xDD, 0xED,
        0x20, 0xDA, 0xE3, 0xC7, 0xE4, 0x0A, 0xDA, 0xDE, 0xCF, 0x20, 0xC7, 0xE1, 0xDA, 0xD1, 0xC7, 0xDE, 0x20, 0xE6,
        0xC7, 0xE1, 0xC3, 0xD1, 0xCF, 0xE4, 0x20, 0xCD, 0xE6, 0xC7, 0xD1, 0xC7, 0x20, 0xC3, 0xE3, 0xE4, 0xED, 0xC7,
        0x20, 0xDD, 0xED, 0x20, 0xDA, 0xE3, 0xC7, 0xE4, 0x20, 0xE1, 0xE1, 0xE3, 0xD1, 0xC9, 0x20, 0x31, 0x2E, 0x0A,
    ]

    /// The titles and bodies `hiwar import` stored from the files at `paths`, and what it said.
    static func imported(_ workspace: Workspace, _ paths: String...) throws -> (HiwarProcess.Output, [[String]]) {
        let output = try HiwarProcess.run(["--db", "x.sqlite", "import", "--quiet"] + paths, in: workspace.path)
        guard workspace.exists("x.sqlite") else { return (output, []) }
        let statement = try workspace.reader("x.sqlite").makeStatement(sql: "SELECT title, body FROM articles ORDER BY id")
        var rows: [[String]] = []
        while try statement.step() { rows.append([statement.column(0), statement.column(1)]) }
        return (output, rows)
    }

    /// Protects the Windows-1256 and UTF-16 decoding in `ArticleReader.utf8Content`: without it
    /// these files fail as "not UTF-8" or "binary data".
    @Test func windows1256AndUTF16ArticlesImportAsTheirText() throws {
        let workspace = try Workspace()
        try workspace.write("a-cp1256.txt", bytes: Self.windows1256)
        try workspace.write("b-utf16le.txt", bytes: [0xFF, 0xFE] + Self.arabic(2).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try workspace.write("c-utf16be.txt", bytes: [0xFE, 0xFF] + Self.arabic(3).utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        let (output, rows) = try Self.imported(workspace, "a-cp1256.txt", "b-utf16le.txt", "c-utf16be.txt")
        #expect(output == .init(status: 0, stdout: "", stderr: ""))
        let title = "العراق والأردن يعقدان حوارا أمنيا في عمان"
        #expect(rows == [[title, Self.arabic(1)], [title, Self.arabic(2)], [title, Self.arabic(3)]])
    }

    /// UTF-8 Arabic with one damaged byte is refused, not misread as Windows-1256.
    @Test func damagedUTF8ArabicIsRefusedNotGuessed() throws {
        let workspace = try Workspace()
        var bytes = Array(Self.arabic(1).utf8)
        bytes[10] = 0xFF
        try workspace.write("damaged.txt", bytes: bytes)
        let (output, rows) = try Self.imported(workspace, "damaged.txt")
        #expect(output == .init(status: 1, stdout: "", stderr: "hiwar: damaged.txt: not UTF-8 (byte 0xFF at byte offset 10); save it as UTF-8\n"))
        #expect(rows == [])
    }

    /// Protects the size limit (`--max-article-bytes`, `InputFile.readToEnd(limit:)`): without it a
    /// 50 MB file is read whole into memory and run through extraction.
    @Test func aFileLargerThanTheLimitIsRefusedAndTheLimitIsAnOption() throws {
        let workspace = try Workspace()
        let line = "Markets closed higher on Tuesday after a quiet session.\n"
        try Data(String(repeating: line, count: 50_000_000 / line.utf8.count + 1).utf8)
            .write(to: URL(fileURLWithPath: workspace.path + "/huge.txt"))
        try workspace.write("news.txt", ImportTests.quietNews)
        let (output, rows) = try Self.imported(workspace, "huge.txt", "news.txt")
        #expect(output.status == 1)
        #expect(output.stderr == "hiwar: huge.txt: larger than the 5000000-byte limit for one article; "
                + "raise it with --max-article-bytes if this really is one article\n")
        #expect(rows.map(\.[0]) == ["Rain expected"])
        let size = ImportTests.quietNews.utf8.count
        let exact = try workspace.hiwar("--db", "y.sqlite", "import", "--quiet", "--max-article-bytes", "\(size)", "news.txt")
        #expect(exact.status == 0)
        let under = try workspace.hiwar("--db", "z.sqlite", "import", "--quiet", "--max-article-bytes", "\(size - 1)", "news.txt")
        #expect(under.stderr.hasPrefix("hiwar: news.txt: larger than the \(size - 1)-byte limit"))
    }

    /// Protects the line limit of `LineSplitter`: without it a JSON Lines line of any length is
    /// buffered whole. The long line spans several 64 KiB reads, and the lines around it import.
    @Test func aJSONLinesLineLargerThanTheLimitIsRefusedAndTheOthersImport() throws {
        let workspace = try Workspace()
        let long = #"{"title": "Long", "body": ""# + String(repeating: "Markets closed higher. ", count: 10_000) + #""}"#
        try workspace.write("feed.jsonl", """
            {"title": "Harvest", "body": "Farmers report a good harvest this year."}
            \(long)
            {"title": "Markets", "body": "Stock markets closed higher on Tuesday."}
            \(long)
            """)
        let output = try workspace.hiwar("--db", "x.sqlite", "import", "--max-article-bytes", "100000", "feed.jsonl")
        #expect(output == .init(status: 1, stdout: "", stderr: """
            hiwar: feed.jsonl:2: larger than the 100000-byte limit for one article; raise it with --max-article-bytes if this really is one article
            hiwar: feed.jsonl:4: larger than the 100000-byte limit for one article; raise it with --max-article-bytes if this really is one article
            imported 2, already present 0, failed 2, events found 0

            """))
        let raised = try workspace.hiwar("--db", "x.sqlite", "import", "--quiet", "--max-article-bytes", "300000", "feed.jsonl")
        #expect(raised == .init(status: 0, stdout: "", stderr: ""))
        #expect(workspace.articleCount("x.sqlite") == 3)
    }

    @Test func emptyOneLineAndBadFrontMatterFilesEachGetTheirOwnAnswer() throws {
        let workspace = try Workspace()
        try workspace.write("a-empty.txt", "")
        try workspace.write("b-one-line.txt", "Markets closed higher")
        try workspace.write("c-unclosed.txt", "---\ntitle: Talks\nMarkets closed higher.\n")
        try workspace.write("d-malformed.txt", "---\ntitle: Talks\nnot a pair\n---\nMarkets closed higher.\n")
        try workspace.write("e-only-front-matter.txt", "---\ntitle: Talks\n---\n\n")
        try workspace.write("f-nul.txt", bytes: Array("Markets\n".utf8) + [0, 0, 0])
        let (output, rows) = try Self.imported(workspace, "a-empty.txt", "b-one-line.txt", "c-unclosed.txt", "d-malformed.txt",
                                               "e-only-front-matter.txt", "f-nul.txt")
        #expect(output.status == 1)
        #expect(output.stderr == """
            hiwar: a-empty.txt: empty file
            hiwar: c-unclosed.txt:1: front matter opened here is never closed (no second --- line)
            hiwar: d-malformed.txt:3: front matter line is not “key: value”
            hiwar: e-only-front-matter.txt:3: no article text after the front matter
            hiwar: f-nul.txt: binary data, not text (NUL byte at byte offset 8)

            """)
        #expect(rows == [["Markets closed higher", "Markets closed higher"]])
    }

    /// Impossible dates never reach the archive as dates: a `published` value is refused, and
    /// extraction reads none of «31 شباط» or 2023-02-31 as a day (the schema's CHECKs would refuse it).
    @Test func impossibleDatesAreNeverStored() throws {
        let workspace = try Workspace()
        try workspace.write("a-month13.txt", "---\npublished: 2023-13-01\n---\nMarkets closed higher.\n")
        try workspace.write("b-31-february.txt", """
            ---
            published: 2023-03-05
            ---
            عقد العراق والأردن حوارا أمنيا في عمان يوم 31 شباط 2023.
            Iraq and Jordan held a security dialogue in Amman on 2023-02-31.

            """)
        let (output, rows) = try Self.imported(workspace, "a-month13.txt", "b-31-february.txt")
        #expect(output.stderr == "hiwar: a-month13.txt:2: published: “2023-13-01” is not a real date written YYYY, YYYY-MM or YYYY-MM-DD\n")
        #expect(rows.count == 1)
        let bad = try workspace.reader("x.sqlite").scalar(sql: """
            SELECT count(*) FROM events WHERE start LIKE '%-02-31' OR start LIKE '%-02-30' OR "end" LIKE '%-02-3_'
            """, as: Int.self)
        #expect(bad == 0)
    }

    /// Filters reach SQLite only as bound parameters: a country given as SQL is an unknown country
    /// (usage error), and the archive is unchanged.
    @Test func sqlInFiltersIsNeverRun() throws {
        let workspace = try Workspace.withReports()
        let before = try workspace.bytes(of: "events.sqlite")
        for hostile in ["IRQ' OR '1'='1", "%", "x\"; DROP TABLE events; --", "-- comment"] {
            let output = try workspace.hiwar("--db", "events.sqlite", "timeline", "--country=\(hostile)")
            #expect(output.status == 64, "\(hostile)")
            #expect(output.stdout == "")
        }
        #expect(try workspace.bytes(of: "events.sqlite") == before)
    }

    /// Search words reach FTS5 only as quoted strings: quotes, `%`, `--`, `*`, column filters and
    /// operators find articles by their words or find nothing, and never fail as FTS5 syntax or SQL.
    @Test func searchSyntaxInTheWordsIsNeverRun() throws {
        let workspace = try Workspace.withReports()
        let before = try workspace.bytes(of: "events.sqlite")
        for hostile in [#"Washington""#, "'Washington", "Washington%", "-- Washington", "Wash*", "title:Talks", "NEAR(Talks Washington)",
                        "Talks OR Washington", "Talks AND NOT went", "^Talks", #"x" OR 1=1 --"#, "{title body}: Talks", "'; DROP TABLE articles; --"] {
            let output = try workspace.hiwar("--db", "events.sqlite", "search", "--", hostile)
            #expect(output.status == 0, "\(hostile): \(output.stderr)")
            #expect(output.stderr == "" || output.stderr == "no article matches\n", "\(hostile): \(output.stderr)")
        }
        let quoted = try workspace.hiwar("--db", "events.sqlite", "search", #""Washington""#)
        #expect(quoted.stdout.hasPrefix("article 1  2023-08-10  en  Talks in Washington\n"))
        #expect(try workspace.bytes(of: "events.sqlite") == before)
    }
}
