import Testing

@Suite struct TimelineTests {
    @Test func eventsComeInDateOrderUndatedLast() throws {
        let output = try Workspace.withReports().hiwar("--db", "events.sqlite", "timeline")
        #expect(output == .init(status: 0, stdout: """
            date                   type        status      countries  name                                 location
            ---------------------  ----------  ----------  ---------  -----------------------------------  ----------
            2021                   agreement   referenced  EGY-FRA    Roadmap, "2020-2030"
            2023-08-07/2023-08-08  dialogue    occurred    IRQ-USA    Joint Security Cooperation Dialogue  Washington
            undated                delegation  planned     IRQ-USA

            """, stderr: ""))
    }

    @Test(arguments: [
        (["--country", "Iraq"], ["2023-08-07/2023-08-08", "undated"]),
        (["--country", "us", "--year", "2023"], ["2023-08-07/2023-08-08"]),
        (["--country", "FRA", "--country", "egypt"], ["2021"]),
        (["--country", "العراق"], ["2023-08-07/2023-08-08", "undated"]),
        (["--country", "IRQ", "--country", "FRA"], []),
        (["--year", "2022"], []),
        (["--type", "delegation", "--type", "agreement"], ["2021", "undated"]),
        (["--status", "occurred"], ["2023-08-07/2023-08-08"]),
        (["--dyad", "العراق", "us"], ["2023-08-07/2023-08-08", "undated"]),
        (["--dyad", "EGY", "France", "--type", "agreement"], ["2021"]),
        (["--dyad", "IRQ", "EGY"], []),
        // Partial dates overlap: an event of 2021 touches June 2021; one of 7-8 August 2023 touches the 8th.
        (["--from", "2021-06", "--to", "2021-06"], ["2021"]),
        (["--from", "2023-08-08", "--to", "2023-08"], ["2023-08-07/2023-08-08"]),
        (["--from", "2023-08-09"], []),
        (["--to", "2022"], ["2021"]),
    ])
    func optionsNarrowTheEvents(options: [String], dates: [String]) throws {
        let workspace = try Workspace.withReports()
        let output = try HiwarProcess.run(["timeline", "--db", "events.sqlite"] + options, in: workspace.path)
        #expect(output.status == 0)
        let rows = output.stdout.split(separator: "\n").dropFirst(2)
        #expect(rows.map { String($0.prefix { $0 != " " }) } == dates)
    }

    @Test func anUnknownCountryIsAUsageErrorWithTheNearestNames() throws {
        let output = try Workspace.withReports().hiwar("--db", "events.sqlite", "timeline", "--country", "Irak")
        #expect(output.status == 64)
        #expect(output.stdout == "")
        #expect(output.stderr.hasPrefix("Error: unknown country “Irak”; did you mean Iraq (IRQ)"))
        let dyad = try Workspace.withReports().hiwar("--db", "events.sqlite", "timeline", "--dyad", "Iraq", "Amerika")
        #expect(dyad.status == 64)
        #expect(dyad.stderr.hasPrefix("Error: unknown country “Amerika”; did you mean "))
        let single = try Workspace.withReports().hiwar("--db", "events.sqlite", "timeline", "--dyad", "Iraq")
        #expect(single.status == 64)
        #expect(single.stderr.hasPrefix("Error: --dyad takes two states, as in --dyad Iraq USA; it got 1\n"))
    }

    @Test func hiwarDBNamesTheArchiveAndAMissingOneIsAnError() throws {
        let workspace = try Workspace.withReports()
        let output = try workspace.hiwar("timeline", "--format", "jsonl", environment: ["HIWAR_DB": "events.sqlite"])
        #expect(output.stdout.split(separator: "\n").count == 3)
        let missing = try workspace.hiwar("timeline")
        #expect(missing == .init(status: 1, stdout: "", stderr: """
            Error: no archive at hiwar.sqlite; import articles first (hiwar --db hiwar.sqlite import PATH…) or pass --db

            """))
        #expect(!workspace.exists("hiwar.sqlite"))
    }
}
