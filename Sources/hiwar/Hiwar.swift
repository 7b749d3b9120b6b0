import ArgumentParser

@main
struct Hiwar: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Archive of bilateral security dialogues.")
}
