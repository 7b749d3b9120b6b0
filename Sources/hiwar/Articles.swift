import ArgumentParser
import HiwarExport
import HiwarModel
import HiwarStore

extension Hiwar {
    struct Articles: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the archive's articles in import order.",
            discussion: """
                Each row gives the article's number (for hiwar remove), publication date, language, \
                how many events it reports, its title and where it was read from.

                Examples:
                  hiwar articles
                  hiwar articles --language ar --from 2023
                  hiwar articles --format csv > articles.csv
                """
        )

        @OptionGroup var archive: ArchiveOptions
        @OptionGroup var articles: ArticleFilterOptions

        @Option(help: "table or csv.")
        var format: RowFormat = .table

        static let columns = ["id", "published", "language", "events", "title", "origin"]

        func run() throws {
            let archive = try self.archive.openExisting()
            let output = OutputFile.standardOutput()
            var writer = format.writer(to: output, header: Self.columns)
            try archive.articles(matching: articles.filter) { article in
                writer.write(row: [String(article.id), article.published?.description ?? "", article.language ?? "",
                                   String(article.events), article.title, article.origin ?? ""])
            }
            writer.finish()
            try output.close()
        }
    }
}

/// The options that choose articles, shared by `articles` and `search`.
struct ArticleFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only articles in this language (ar, en).", valueName: "code"))
    var language: String?

    @Option(help: ArgumentHelp("Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).",
                               valueName: "date"))
    var from: PartialDate?

    @Option(help: ArgumentHelp("Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).",
                               valueName: "date"))
    var to: PartialDate?

    func validate() throws {
        if let from, let to, to.lastDay < from.firstDay {
            throw ValidationError("--from \(from) is after --to \(to)")
        }
    }

    var filter: ArticleFilter {
        ArticleFilter(language: language?.lowercased(), from: from, to: to)
    }
}
