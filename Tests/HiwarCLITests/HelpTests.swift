import Testing

@Suite struct HelpTests {
    @Test(arguments: [
        ([], "USAGE: hiwar [--db <path>] <subcommand>", "hiwar timeline --country Iraq --year 2023"),
        (["import"], "USAGE: hiwar import [--db <path>] [--quiet] <path> ...", "hiwar import SampleData"),
        (["timeline"], "USAGE: hiwar timeline [--db <path>] [--country <country> ...]", "hiwar timeline --country SA --year 2022"),
        (["export"], "USAGE: hiwar export [--db <path>] [--country <country> ...]", "hiwar export --format jsonl > events.jsonl"),
    ])
    func helpShowsUsageAndExamples(command: [String], usage: String, example: String) throws {
        let workspace = try Workspace()
        let output = try HiwarProcess.run(command + ["--help"], in: workspace.path)
        #expect(output.status == 0)
        #expect(output.stdout.contains(usage))
        #expect(output.stdout.contains("Examples:\n"))
        #expect(output.stdout.contains(example))
        #expect(output.stderr == "")
    }

    @Test func versionIsPrinted() throws {
        let workspace = try Workspace()
        #expect(try workspace.hiwar("--version") == HiwarProcess.Output(status: 0, stdout: "0.1.0\n", stderr: ""))
    }

    @Test func usageErrorsExit64() throws {
        let workspace = try Workspace()
        let noPath = try workspace.hiwar("import")
        #expect(noPath.status == 64)
        #expect(noPath.stderr.hasPrefix("Error: Missing expected argument '<path> ...'"))
        let twice = try workspace.hiwar("import", "-", "-")
        #expect(twice.status == 64)
        #expect(twice.stderr.hasPrefix("Error: standard input (-) can be named only once\n"))
        #expect(try workspace.hiwar("export").status == 64)
        #expect(try workspace.hiwar("timeline", "--format", "xml").status == 64)
        #expect(try workspace.hiwar("timeline", "--from", "2023-02-30").status == 64)
        let backwards = try workspace.hiwar("timeline", "--from", "2023-03", "--to", "2023-02-28")
        #expect(backwards.status == 64)
        #expect(backwards.stderr.hasPrefix("Error: --from 2023-03 is after --to 2023-02-28\n"))
    }
}
