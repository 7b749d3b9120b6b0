import ArgumentParser

extension Hiwar {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove an article and the events only it reported.",
            discussion: """
                Events that other articles also report stay in the archive with their other sources; \
                the copies among those sources are decided again, and their fields derived again from \
                those sources, so that a date, place, name or person only this article gave goes with \
                it (docs/MERGING.md). Find an article's number with hiwar articles.

                Examples:
                  hiwar articles --language ar
                  hiwar remove 12
                """
        )

        @OptionGroup var archive: ArchiveOptions

        @Argument(help: ArgumentHelp("The article's number, as hiwar articles lists it.", valueName: "article-id"))
        var articleID: Int64

        func run() throws {
            guard let removed = try archive.openExisting().remove(articleID: articleID) else {
                throw RuntimeError("no article \(articleID) in \(archive.path); hiwar articles lists them")
            }
            StandardError.print("removed article \(articleID) (\(removed.title)): \(removed.removedEvents) "
                                + "\(removed.removedEvents == 1 ? "event" : "events") removed, \(removed.keptEvents) kept "
                                + "for their other sources"
                                + (removed.unrederived == 0 ? "" : " (\(removed.unrederived) of them as they were: reported "
                                   + "before schema 6, they may keep what only this article said)"))
        }
    }
}
