import Testing

/// `hiwar first` and `hiwar last`: one line with the event and its source.
@Suite struct FirstLastTests {
    @Test func firstAndLastAnswerInOneLine() throws {
        let workspace = try Workspace.withReports()
        #expect(try workspace.hiwar("--db", "events.sqlite", "first") == .init(status: 0, stdout: """
            2021  agreement  EGY-FRA  Roadmap, "2020-2030" (event 3); source: “خارطة طريق” (article 2)

            """, stderr: ""))
        #expect(try workspace.hiwar("--db", "events.sqlite", "last", "--dyad", "Iraq", "United States") == .init(
            status: 0, stdout: """
            2023-08-07/2023-08-08  dialogue  IRQ-USA  Joint Security Cooperation Dialogue (event 1); \
            source: “Talks in Washington” <https://example.org/a> (article 1)

            """, stderr: ""))
    }

    @Test func undatedEventsAnswerOnlyWhenNothingDatedMatches() throws {
        let workspace = try Workspace.withReports()
        let output = try workspace.hiwar("--db", "events.sqlite", "last", "--type", "delegation")
        #expect(output.stdout.hasPrefix("undated  delegation  IRQ-USA (event 2); source: “Talks in Washington”"))
    }

    @Test func nothingMatchingIsStatusOne() throws {
        let output = try Workspace.withReports().hiwar("--db", "events.sqlite", "first", "--dyad", "IRQ", "EGY")
        #expect(output == .init(status: 1, stdout: "", stderr: "Error: no event matches these filters\n"))
    }
}

/// `hiwar show`: the command around `ArchivedEvent.detail()` (tested in HiwarExportTests).
@Suite struct ShowTests {
    @Test func showPrintsTheEventAndAMissingOneIsAnError() throws {
        let workspace = try Workspace.withReports()
        let shown = try workspace.hiwar("--db", "events.sqlite", "show", "3")
        #expect(shown.status == 0)
        #expect(shown.stdout.hasPrefix("event 3: agreement, referenced\nname           Roadmap, \"2020-2030\"\n"))
        #expect(shown.stdout.hasSuffix("""
            sources
              article 2: “خارطة طريق”, ar
                وقع البلدان خارطة الطريق عام 2021، في باريس.
                rule agreement.signed

            """))
        #expect(try workspace.hiwar("--db", "events.sqlite", "show", "9") == .init(status: 1, stdout: "", stderr: """
            Error: no event 9 in events.sqlite

            """))
    }
}
