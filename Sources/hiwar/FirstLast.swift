import ArgumentParser
import HiwarExport
import HiwarModel
import HiwarStore

extension Hiwar {
    struct First: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answer \"when did … first …\": the earliest event that passes the filters, in one line.",
            discussion: FirstOrLast.discussion(word: "first"))

        @OptionGroup var question: FirstOrLast

        func run() throws { try question.answer(newestFirst: false) }
    }

    struct Last: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answer \"when did … last …\": the latest event that passes the filters, in one line.",
            discussion: FirstOrLast.discussion(word: "last"))

        @OptionGroup var question: FirstOrLast

        func run() throws { try question.answer(newestFirst: true) }
    }
}

/// What `first` and `last` share: the timeline's filters and the one-line answer.
struct FirstOrLast: ParsableArguments {
    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var events: EventFilterOptions

    static func discussion(word: String) -> String {
        """
        The line gives the event's date, type, parties, name and number (for hiwar show), then its \
        first source: the article's title, its link or file, and its number. Undated events count \
        only when no dated event passes the filters. Nothing passes: a note on standard error, and \
        exit status 1.

        Examples:
          hiwar \(word) --dyad Turkey Iraq --type dialogue
          hiwar \(word) --country "Saudi Arabia" --type committee --from 2020
        """
    }

    func answer(newestFirst: Bool) throws {
        var found: ArchivedEvent?
        try archive.openExisting().events(matching: events.filter, newestFirst: newestFirst, limit: 1) { found = $0 }
        guard let found else { throw RuntimeError("no event matches these filters") }
        print(found.oneLineAnswer)
    }
}

extension ArchivedEvent {
    /// `2023-08-07  dialogue  IRQ-USA  Joint Security Cooperation Dialogue (event 1); source: “Title” <url> (article 1)`.
    var oneLineAnswer: String {
        let fields = timelineFields
        let name = fields[4].isEmpty ? "" : "  " + fields[4]
        let source = sources.first.map { source in
            "; source: “\(source.title)”" + (source.url.map { " <\($0)>" } ?? "") + " (article \(source.articleID))"
        } ?? ""
        return "\(fields[0])  \(fields[1])  \(fields[3])\(name) (event \(id))\(source)"
    }
}
