import ArgumentParser
import HiwarExport

extension Hiwar {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one event with all its fields, its people, and every source's evidence.",
            discussion: """
                Each source gives the article's number, title, publication date, language and link, \
                whether it copies another source's text, the sentence that reports the event with the \
                words that triggered it marked **like this**, and the extraction rule that read it. \
                Event numbers are in the first column of hiwar timeline --format csv, and in hiwar \
                first and last.

                Examples:
                  hiwar show 12
                  hiwar --db dialogues.sqlite show 3
                """
        )

        @OptionGroup var archive: ArchiveOptions

        @Argument(help: ArgumentHelp("The event's number.", valueName: "event-id"))
        var eventID: Int64

        func run() throws {
            guard let event = try archive.openExisting().event(id: eventID) else {
                throw RuntimeError("no event \(eventID) in \(archive.path)")
            }
            print(event.detail(), terminator: "")
        }
    }
}
