import Foundation
import Testing

@Suite struct ExportTests {
    @Test func jsonLinesCarryTheContractsFieldsInOrder() throws {
        let output = try Workspace.withReports().hiwar("--db", "events.sqlite", "export", "--format", "jsonl")
        #expect(output.status == 0)
        #expect(output.stderr == "")
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)
        #expect(lines.last == "")
        #expect(lines[1] == #"""
            {"id":1,"type":"dialogue","name":"Joint Security Cooperation Dialogue","name_original":"حوار التعاون الأمني المشترك","countries":["IRQ","USA"],"country":null,"start":"2023-08-07","end":"2023-08-08","status":"occurred","location":"Washington","head":{"name":"Thabet al-Abbasi","name_original":"ثابت العباسي","role":"Minister of Defense"},"people":[{"name":"Thabet al-Abbasi","name_original":"ثابت العباسي","role":"Minister of Defense","country":"IRQ"}],"source_count":1,"sources":[{"article_id":1,"title":"Talks in Washington","url":"https://example.org/a","published":"2023-08-10","evidence":"Officials met in Washington on 7 August 2023.","start":0,"end":45,"rule":"dialogue.met","copy_of":null}]}
            """#)
        let objects = try lines.dropLast().map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.map { $0?["id"] as? Int } == [3, 1, 2])
        let agreement = try #require(objects[0])
        #expect(agreement["country"] is NSNull)
        #expect(agreement["head"] is NSNull)
        let sources = try #require(agreement["sources"] as? [[String: Any]])
        #expect(sources.map { $0["start"] as? Int } == [0])
        #expect(sources.map { $0["end"] as? Int } == [44])
        #expect(sources.map { $0["article_id"] as? Int } == [2])
    }

    @Test func csvParsesBackIntoTheSameCells() throws {
        let workspace = try Workspace.withReports()
        let output = try workspace.hiwar("--db", "events.sqlite", "export", "--format", "csv", "--output", "events.csv",
                                         "--country", "EG")
        #expect(output == .init(status: 0, stdout: "", stderr: "wrote 1 event to events.csv\n"))
        let text = try workspace.contents(of: "events.csv")
        #expect(text.hasSuffix("agreement.signed\r\n"))
        let parsed = try HiwarProcess.run(["python3", "-c", """
            import csv, json, sys
            print(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))), ensure_ascii=False))
            """, workspace.path + "/events.csv"], in: workspace.path, executable: "/usr/bin/env")
        #expect(parsed.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [[String]]
        #expect(rows?.count == 2)
        #expect(rows?.first?.count == 26)
        #expect(rows?.first?.prefix(4) == ["id", "type", "name", "name_original"])
        #expect(rows?.last == [
            "3", "agreement", "Roadmap, \"2020-2030\"", "خارطة الطريق", "EGY;FRA", "", "2021", "", "referenced", "",
            "", "", "", "", "", "", "", "1", "2", "خارطة طريق", "", "", "وقع البلدان خارطة الطريق عام 2021، في باريس.", "0", "44",
            "agreement.signed",
        ])
    }

    @Test func jsonIsOneArrayOfTheSameObjects() throws {
        let output = try Workspace.withReports().hiwar("--db", "events.sqlite", "export", "--format", "json", "--type", "delegation")
        #expect(output.stdout == #"""
            [
            {"id":2,"type":"delegation","name":null,"name_original":null,"countries":["IRQ","USA"],"country":"IRQ","start":null,"end":null,"status":"planned","location":null,"head":null,"people":[],"source_count":1,"sources":[{"article_id":1,"title":"Talks in Washington","url":"https://example.org/a","published":"2023-08-10","evidence":"Talks went on.","start":46,"end":60,"rule":"delegation.side","copy_of":null}]}
            ]

            """#)
    }

    @Test func aFileThatCannotBeCreatedIsARuntimeError() throws {
        let output = try Workspace.withReports().hiwar("--db", "events.sqlite", "export", "--format", "csv", "--output", "no/such/folder.csv")
        #expect(output == .init(status: 1, stdout: "", stderr: "Error: cannot create no/such/folder.csv: No such file or directory\n"))
    }

    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seed").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seed), "needs ../shared/seed beside the package"))
    func theSeedArticleGivesTheWashingtonDialogue() throws {
        let workspace = try Workspace()
        let imported = try workspace.hiwar("--db", "seed.sqlite", "import", Self.seed)
        #expect(imported.status == 0)
        let output = try workspace.hiwar("--db", "seed.sqlite", "export", "--format", "jsonl", "--type", "dialogue")
        let events = try output.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
        let washington = events.filter { event in
            event["countries"] as? [String] == ["IRQ", "USA"] && event["start"] as? String == "2023-08-07"
                && event["end"] as? String == "2023-08-08" && event["location"] as? String == "Washington"
                && (event["sources"] as? [[String: Any]] ?? []).contains { ($0["evidence"] as? String)?.contains("واشنطن") == true }
        }
        #expect(washington.count == 1)
    }
}
