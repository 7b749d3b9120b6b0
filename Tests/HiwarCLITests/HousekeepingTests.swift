import Testing

/// `hiwar articles`, `hiwar stats` and `hiwar remove`.
@Suite struct HousekeepingTests {
    @Test func articlesListsWithFilters() throws {
        let workspace = try Workspace.withReports()
        #expect(try workspace.hiwar("--db", "events.sqlite", "articles") == .init(status: 0, stdout: """
            id  published   language  events  title                origin
            --  ----------  --------  ------  -------------------  ------
            1   2023-08-10  en        2       Talks in Washington  a.txt
            2               ar        1       خارطة طريق           b.txt

            """, stderr: ""))
        let arabic = try workspace.hiwar("--db", "events.sqlite", "articles", "--language", "AR", "--format", "csv")
        #expect(arabic.stdout == "id,published,language,events,title,origin\r\n2,,ar,1,خارطة طريق,b.txt\r\n")
        let dated = try workspace.hiwar("--db", "events.sqlite", "articles", "--from", "2023-08", "--format", "csv")
        #expect(dated.stdout.split(separator: "\r\n").map { $0.prefix(2) } == ["id", "1,"])
    }

    @Test func statsCountByYearTypeDyadAndLanguage() throws {
        let output = try Workspace.withReports().hiwar("--db", "events.sqlite", "stats")
        #expect(output == .init(status: 0, stdout: """
            articles 2, events 3

            year     events
            -------  ------
            2021     1
            2023     1
            undated  1

            type        events
            ----------  ------
            agreement   1
            delegation  1
            dialogue    1

            dyad     events
            -------  ------
            IRQ-USA  2
            EGY-FRA  1

            language  articles
            --------  --------
            ar        1
            en        1

            """, stderr: ""))
    }

    @Test func removeTakesTheArticleAndTheEventsOnlyItReported() throws {
        let workspace = try Workspace.withReports()
        #expect(try workspace.hiwar("--db", "events.sqlite", "remove", "1") == .init(status: 0, stdout: "", stderr: """
            removed article 1 (Talks in Washington): 2 events removed, 0 kept for their other sources

            """))
        #expect(try workspace.hiwar("--db", "events.sqlite", "timeline", "--format", "csv").stdout
            .split(separator: "\r\n").map { $0.prefix(12) } == ["id,type,name", "3,agreement,"])
        #expect(try workspace.hiwar("--db", "events.sqlite", "remove", "1") == .init(status: 1, stdout: "", stderr: """
            Error: no article 1 in events.sqlite; hiwar articles lists them

            """))
    }
}
