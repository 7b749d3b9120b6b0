import Foundation
import Testing

@Suite struct ImportTests {
    /// Texts about weather and markets: no extraction rule should find an event in them.
    static let quietNews = "Rain expected\nThe weather service expects rain in the north on Monday.\n"

    @Test func aFolderOfGoodAndBadFilesImportsTheGoodAndNamesEachBadOne() throws {
        let workspace = try Workspace()
        try workspace.write("articles/a-good.txt", Self.quietNews)
        try workspace.write("articles/b-binary.txt", bytes: [0x61, 0x62, 0x00, 0x63])
        try workspace.write("articles/c-empty.txt", "")
        try workspace.write("articles/d-feed.jsonl", """
            {"title": "Harvest", "body": "Farmers report a good harvest this year."}
            {"title": "no body"}
            {"title": "Markets", "body": "Stock markets closed higher on Tuesday."}
            """)
        try workspace.write("articles/sub/e-latin1.txt", bytes: Array("Caf".utf8) + [0xE9, 0x0A])
        try workspace.write("articles/notes.pdf", "not an article")
        try workspace.write("articles/.hidden.txt", "hidden")

        let output = try workspace.hiwar("--db", "x.sqlite", "import", "articles")
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(output.stderr == """
            hiwar: articles/b-binary.txt: binary data, not text (NUL byte at byte offset 2)
            hiwar: articles/c-empty.txt: empty file
            hiwar: articles/d-feed.jsonl:2: no “body”
            hiwar: articles/sub/e-latin1.txt: not UTF-8 (byte 0xE9 at byte offset 3); save it as UTF-8
            imported 3, already present 0, failed 4, events found 0

            """)
    }

    @Test func importingTheSameFileTwiceAddsNothing() throws {
        let workspace = try Workspace()
        try workspace.write("news.txt", Self.quietNews)
        let first = try workspace.hiwar("--db", "x.sqlite", "import", "news.txt")
        #expect(first == .init(status: 0, stdout: "", stderr: "imported 1, already present 0, failed 0, events found 0\n"))
        let second = try workspace.hiwar("--db", "x.sqlite", "import", "news.txt")
        #expect(second == .init(status: 0, stdout: "", stderr: """
            news.txt: already in the archive (article 1)
            imported 0, already present 1, failed 0, events found 0

            """))
        #expect(try workspace.hiwar("--db", "x.sqlite", "import", "--quiet", "news.txt") == .init(status: 0, stdout: "", stderr: ""))
    }

    @Test func standardInputTakesTextOrJSONLines() throws {
        let workspace = try Workspace()
        let text = try workspace.hiwar("import", "--db", "x.sqlite", "-", input: Self.quietNews)
        #expect(text == .init(status: 0, stdout: "", stderr: "imported 1, already present 0, failed 0, events found 0\n"))
        let lines = try workspace.hiwar("import", "--db", "x.sqlite", "-", input: """
            {"title": "Harvest", "body": "Farmers report a good harvest this year."}
            {"body": "untitled"}
            """)
        #expect(lines == .init(status: 1, stdout: "", stderr: """
            hiwar: -:2: no “title”
            imported 1, already present 0, failed 1, events found 0

            """))
    }

    @Test func aMissingPathFailsAndTheRestImports() throws {
        let workspace = try Workspace()
        try workspace.write("news.txt", Self.quietNews)
        let output = try workspace.hiwar("import", "--db", "x.sqlite", "missing.txt", "news.txt")
        #expect(output == .init(status: 1, stdout: "", stderr: """
            hiwar: missing.txt: No such file or directory
            imported 1, already present 0, failed 1, events found 0

            """))
    }

    @Test func theArchiveIsHiwarSqliteHereUnlessHiwarDBOrDbSaysOtherwise() throws {
        let workspace = try Workspace()
        try workspace.write("news.txt", Self.quietNews)
        #expect(try workspace.hiwar("import", "news.txt").status == 0)
        #expect(workspace.exists("hiwar.sqlite"))
        let fromEnvironment = try workspace.hiwar("import", "news.txt", environment: ["HIWAR_DB": "env.sqlite"])
        #expect(fromEnvironment.stderr == "imported 1, already present 0, failed 0, events found 0\n")
        #expect(workspace.exists("env.sqlite"))
        let fromOption = try workspace.hiwar("--db", "option.sqlite", "import", "news.txt", environment: ["HIWAR_DB": "env.sqlite"])
        #expect(fromOption.stderr == "imported 1, already present 0, failed 0, events found 0\n")
        #expect(workspace.exists("option.sqlite"))
    }

    @Test func anArchiveThatIsNotOneIsARuntimeError() throws {
        let workspace = try Workspace()
        try workspace.write("notes.sqlite", String(repeating: "not a database\n", count: 100))
        try workspace.write("news.txt", Self.quietNews)
        let output = try workspace.hiwar("--db", "notes.sqlite", "import", "news.txt")
        #expect(output.status == 1)
        #expect(output.stderr == "Error: notes.sqlite is not a Hiwar archive (not an SQLite database); it was left unchanged\n")
    }
}
