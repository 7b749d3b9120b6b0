import ArgumentParser
import HiwarStore

extension Hiwar {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find articles by their words, in Arabic or English.",
            discussion: """
                An article matches when it holds every word of the query, in its title or body, best \
                matches first. Arabic is compared without diacritics and tatweel, with alef and hamza \
                forms, ى and ي, ة and ه alike, and prefixes such as و, ب, ل and ال do not hide a word \
                (حوار finds والحوار); English ignores case and accents. Quotes, *, -, NEAR and other \
                search syntax are plain characters here. Each hit prints the article's number, date, \
                language and title, then the words around the first match, matches marked **like this**.

                Examples:
                  hiwar search الحوار الاستراتيجي
                  hiwar search "strategic dialogue" --language en --from 2021
                  hiwar search لجنة --to 2022-06 --limit 5
                """
        )

        @OptionGroup var archive: ArchiveOptions
        @OptionGroup var articles: ArticleFilterOptions

        @Option(help: "Show at most this many articles.")
        var limit = 20

        @Argument(help: ArgumentHelp("The words to look for.", valueName: "word"))
        var words: [String]

        func validate() throws {
            if limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            let archive = try self.archive.openExisting()
            let output = OutputFile.standardOutput()
            var count = 0
            do {
                try archive.search(words.joined(separator: " "), matching: articles.filter, limit: limit) { hit in
                    let article = hit.article
                    let facts = [article.published?.description, article.language].compactMap { $0 }
                    output.write("article \(article.id)" + facts.map { "  " + $0 }.joined() + "  \(article.title)\n")
                    output.write("    \(hit.snippet)\n")
                    count += 1
                }
            } catch let error as SearchError {
                StandardError.print("Error: \(error)")
                throw ExitCode.validationFailure
            }
            try output.close()
            if count == 0 { StandardError.print("no article matches") }
        }
    }
}
