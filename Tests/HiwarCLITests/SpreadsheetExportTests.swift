import Foundation
import HiwarModel
import Testing

/// CSV for spreadsheets and statistics packages: `--excel`, and the dyad-year panel.
@Suite struct SpreadsheetExportTests {
    static let article = Article(title: "-Talks, \"quoted\"\nagain", body: "=HYPERLINK(\"x\") met; @once.", url: "+https://e.org",
                                 published: PartialDate("2023-08"), language: "en", origin: "x.txt")

    static func event(_ type: EventType, _ countries: [String], _ start: String?, name: String? = nil,
                      country: String? = nil) -> Event {
        Event(type: type, name: name, countries: countries, country: country, start: start.flatMap { PartialDate($0) },
              status: .occurred, evidence: Reports.evidence("=HYPERLINK(\"x\") met;", in: article, rule: "@rule"))
    }

    /// Reads a CSV file with Python's `csv` module (`utf-8-sig` takes off a byte order mark).
    static func pythonRows(_ path: String, in workspace: Workspace) throws -> [[String]] {
        let parsed = try HiwarProcess.run(["python3", "-c", """
            import csv, json, sys
            print(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8-sig"))), ensure_ascii=False))
            """, workspace.path + "/" + path], in: workspace.path, executable: "/usr/bin/env")
        #expect(parsed.status == 0, "\(parsed.stderr)")
        return try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [[String]] ?? []
    }

    @Test func excelCSVReadsBackCellForCellWithFormulasNeutralised() throws {
        let workspace = try Workspace()
        try workspace.archive("x.sqlite", [(Self.article, [Self.event(.meeting, ["IRQ", "USA"], "2023-08-07", name: "=1+1")])])
        for excel in [false, true] {
            let output = try HiwarProcess.run(["--db", "x.sqlite", "export", "--format", "csv", "--output", "x.csv"]
                                              + (excel ? ["--excel"] : []), in: workspace.path)
            #expect(output.status == 0)
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: workspace.path + "/x.csv")))
            #expect(Array(bytes.prefix(3)) == (excel ? [0xEF, 0xBB, 0xBF] : Array("id,".utf8)))
            let quote = excel ? "'" : ""
            #expect(try Self.pythonRows("x.csv", in: workspace) == [
                ["id", "type", "name", "name_original", "countries", "country", "start", "end", "status", "location",
                 "head_name", "head_name_original", "head_role",
                 "people_names", "people_names_original", "people_roles", "people_countries",
                 "source_count", "source_article_ids", "source_titles", "source_urls", "source_published",
                 "source_evidence", "source_starts", "source_ends", "source_rules"],
                ["1", "meeting", quote + "=1+1", "", "IRQ;USA", "", "2023-08-07", "", "occurred", "",
                 "", "", "", "", "", "", "",
                 "1", "1", quote + "-Talks, \"quoted\"\nagain", quote + "+https://e.org", "2023-08",
                 quote + "=HYPERLINK(\"x\") met;", "0", "20", quote + "@rule"],
            ])
        }
    }

    @Test func dyadYearsCountEventsByTypeForEveryPairAndYear() throws {
        let workspace = try Workspace()
        try workspace.archive("panel.sqlite", [(Self.article, [
            Self.event(.dialogue, ["USA", "IRQ"], "2023-03", name: "First round"),
            Self.event(.dialogue, ["IRQ", "USA"], "2023-11-02", name: "Second round"),
            Self.event(.agreement, ["IRQ", "USA"], "2023"),
            Self.event(.delegation, ["IRQ", "USA"], "2021-05-01", country: "IRQ"),
            Self.event(.committee, ["IRQ", "USA"], nil),
            Self.event(.agreement, ["TUR", "IRQ", "IRN"], "2024-03-19"),
        ])])
        let output = try workspace.hiwar("--db", "panel.sqlite", "export", "--format", "dyad-year")
        #expect(output == .init(status: 0, stdout: """
            state_a,cow_a,state_b,cow_b,year,dialogue,delegation,committee,agreement,meeting,total\r
            IRN,630,IRQ,645,2024,0,0,0,1,0,1\r
            IRN,630,TUR,640,2024,0,0,0,1,0,1\r
            IRQ,645,TUR,640,2024,0,0,0,1,0,1\r
            IRQ,645,USA,2,2021,0,1,0,0,0,1\r
            IRQ,645,USA,2,2023,2,0,0,1,0,3\r

            """, stderr: ""))
        let filtered = try workspace.hiwar("--db", "panel.sqlite", "export", "--format", "dyad-year", "--country", "US",
                                           "--type", "dialogue", "--output", "panel.csv")
        #expect(filtered.stderr == "wrote 1 dyad-year to panel.csv\n")
        #expect(try Self.pythonRows("panel.csv", in: workspace).last == ["IRQ", "645", "USA", "2", "2023", "2", "0", "0", "0", "0", "2"])
    }
}
