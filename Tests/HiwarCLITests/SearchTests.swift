import Testing

/// `hiwar search`: the command around `Archive.search` (tested in HiwarStoreTests).
@Suite struct SearchTests {
    @Test func hitsPrintTheArticleAndTheMarkedWords() throws {
        let workspace = try Workspace.withReports()
        #expect(try workspace.hiwar("--db", "events.sqlite", "search", "الطريق") == .init(status: 0, stdout: """
            article 2  ar  خارطة طريق
                وقع البلدان خارطة **الطريق** عام 2021، في باريس.

            """, stderr: ""))
        let english = try workspace.hiwar("--db", "events.sqlite", "search", "WASHINGTON", "--language", "en", "--from", "2023-08")
        #expect(english.stdout == """
            article 1  2023-08-10  en  Talks in Washington
                Officials met in **Washington** on 7 August 2023. Talks went on.

            """)
        #expect(try workspace.hiwar("--db", "events.sqlite", "search", "Washington", "--to", "2023-07")
            == .init(status: 0, stdout: "", stderr: "no article matches\n"))
    }

    @Test func aQueryWithoutWordsIsAUsageError() throws {
        let output = try Workspace.withReports().hiwar("--db", "events.sqlite", "search", "\"", "*", "--")
        #expect(output == .init(status: 64, stdout: "", stderr: """
            Error: the query “" *” has no word to search for; give letters or digits

            """))
    }
}
