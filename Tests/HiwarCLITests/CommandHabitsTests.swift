import Testing

/// What a person relies on in every command: examples in `--help`, shell completion, and an
/// import that stays quiet when standard error is not a terminal.
@Suite struct CommandHabitsTests {
    @Test(arguments: [
        ("first", "hiwar first --dyad Turkey Iraq --type dialogue"),
        ("last", "hiwar last --country \"Saudi Arabia\" --type committee --from 2020"),
        ("show", "hiwar show 12"),
        ("search", "hiwar search الحوار الاستراتيجي"),
        ("articles", "hiwar articles --language ar --from 2023"),
        ("stats", "hiwar stats"),
        ("remove", "hiwar remove 12"),
        ("export", "hiwar export --format dyad-year --from 2010 > dyad-years.csv"),
    ])
    func everyCommandHelpHasExamples(command: String, example: String) throws {
        let output = try Workspace().hiwar(command, "--help")
        #expect(output.status == 0)
        #expect(output.stdout.contains("USAGE: hiwar \(command) "))
        #expect(output.stdout.contains("Examples:\n"))
        #expect(output.stdout.contains(example))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsNameEveryCommand(shell: String) throws {
        let output = try Workspace().hiwar("--generate-completion-script", shell)
        #expect(output.status == 0)
        for command in ["import", "timeline", "first", "last", "show", "search", "export", "articles", "stats", "remove"] {
            #expect(output.stdout.contains(command), "\(shell) completion lacks \(command)")
        }
    }

    @Test func importToAFileDrawsNoProgressLine() throws {
        let workspace = try Workspace()
        for index in 1...3 { try workspace.write("in/\(index).txt", "Title \(index)\n\nBody number \(index).\n") }
        let output = try workspace.hiwar("import", "in")
        #expect(output == .init(status: 0, stdout: "", stderr: "imported 3, already present 0, failed 0, events found 0\n"))
    }
}
