import ArgumentParser
import HiwarIngest
import HiwarModel
import HiwarStore

extension Hiwar {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles, find their events and add both to the archive.",
            discussion: """
                Each PATH is a text article (optional front matter between --- lines with title, source, \
                url, published, language), a JSON Lines file (.jsonl, .ndjson; one article a line with \
                "title" and "body"), a folder (searched recursively for .txt, .jsonl and .ndjson files; \
                hidden ones and others, such as README.md, are left alone), or - for standard input. An article already in the archive (same title and body) is reported and \
                left as it is.

                A file or line that cannot be read is reported as FILE[:LINE]: reason on standard error, \
                and the import goes on. The last line on standard error sums up:
                  imported N, already present N, failed N, events found N
                The exit status is 1 when anything failed.

                Examples:
                  hiwar import SampleData
                  hiwar --db dialogues.sqlite import 2023/ feed.jsonl
                  curl -s https://example.org/article.txt | hiwar import -
                """
        )

        @OptionGroup var archive: ArchiveOptions

        @Flag(name: .shortAndLong, help: "Report failures only: no notes on articles already present, no summary.")
        var quiet = false

        @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
        var paths: [String]

        /// Articles per transaction: large enough to make commits rare, small enough that a long
        /// import keeps its work safe as it goes and the write-ahead log stays small.
        static let batchSize = 2_000

        func validate() throws {
            if paths.filter({ $0 == "-" }).count > 1 {
                throw ValidationError("standard input (-) can be named only once")
            }
        }

        func run() throws {
            let archive = try self.archive.open()
            let extractor = Extractor()
            var articles = ArticleReader.articles(at: paths)
            var tally = Tally()
            var finished = false
            while !finished {
                try archive.importBatch { session in
                    for _ in 0..<Self.batchSize {
                        guard let result = articles.next() else {
                            finished = true
                            return
                        }
                        tally.count(store(result, in: session, extractor: extractor))
                    }
                }
            }
            if !quiet { StandardError.print(tally.summary) }
            if tally.failed > 0 { throw ExitCode(1) }
        }

        /// Stores one read result, reporting what happened on standard error.
        private func store(_ result: Result<Article, ArticleReadError>, in session: ImportSession, extractor: Extractor) -> Outcome {
            switch result {
            case .failure(let error):
                StandardError.print("hiwar: \(error)")
                return .failed
            case .success(let article):
                let origin = article.origin ?? "-"
                do {
                    switch try session.add(article, events: extractor.extract(article)) {
                    case .imported(_, let events):
                        return .imported(events: events)
                    case .alreadyPresent(let id):
                        if !quiet { StandardError.print("\(origin): already in the archive (article \(id))") }
                        return .alreadyPresent
                    }
                } catch {
                    StandardError.print("hiwar: \(origin): \(error)")
                    return .failed
                }
            }
        }

        private enum Outcome {
            case imported(events: Int), alreadyPresent, failed
        }

        /// The counts behind the summary line.
        private struct Tally {
            var imported = 0, alreadyPresent = 0, failed = 0, events = 0

            mutating func count(_ outcome: Outcome) {
                switch outcome {
                case .imported(let found):
                    imported += 1
                    events += found
                case .alreadyPresent: alreadyPresent += 1
                case .failed: failed += 1
                }
            }

            var summary: String {
                "imported \(imported), already present \(alreadyPresent), failed \(failed), events found \(events)"
            }
        }
    }
}
