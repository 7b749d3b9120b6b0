import ArgumentParser
import Foundation
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

        @Flag(name: .shortAndLong, help: "Report failures only: no progress line, no notes on articles already present, no summary.")
        var quiet = false

        @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
        var paths: [String]

        @Option(help: ArgumentHelp("Refuse a text file or standard input larger than this (default 5000000).",
                                   valueName: "bytes"))
        var maxArticleBytes = ArticleReader.defaultMaxArticleBytes

        /// The most articles one transaction writes: commits stay rare on a fast import.
        static let batchSize = 2_000
        /// How long a batch gathers articles before it is written. Reading and extraction happen
        /// outside any transaction, on a thread of their own while the previous batch is written, so
        /// the write lock is held only while a batch is written: another import or a reader waits for
        /// one batch's writes, never for extraction, and a killed import loses only batches not yet
        /// written, each whole.
        static let batchInterval = Duration.milliseconds(250)
        /// The least time between one batch's commit and the next batch's BEGIN. With extraction on its own
        /// thread the next batch is often ready at once, and another import waiting for the write lock, which
        /// SQLite's busy handler retries after sleeps of up to 100 ms, would never find it free and give up
        /// after the busy timeout. Waiting for the next batch counts towards the pause.
        static let pauseBetweenBatches = Duration.milliseconds(100)

        func validate() throws {
            if paths.filter({ $0 == "-" }).count > 1 {
                throw ValidationError("standard input (-) can be named only once")
            }
            if maxArticleBytes < 1 { throw ValidationError("--max-article-bytes must be at least 1") }
        }

        func run() throws {
            let archive = try self.archive.open()
            let batches = Self.readInBackground(paths, maxArticleBytes: maxArticleBytes)
            defer { batches.close() }
            var tally = Tally()
            var progress = ProgressLine(quiet: quiet)
            defer { progress.clear() }
            do {
                var lastCommit: ContinuousClock.Instant?
                while let batch = batches.take() {
                    if let lastCommit, case let pause = lastCommit + Self.pauseBetweenBatches - .now, pause > .zero {
                        Thread.sleep(forTimeInterval: pause / .seconds(1))
                    }
                    progress.clear()
                    try archive.importBatch { session in
                        for item in batch { tally.count(try store(item, in: session)) }
                    }
                    lastCommit = .now
                    progress.draw(tally.summary + "…")
                }
            } catch let error as SQLiteError {
                // A full disk, an I/O error, a lock held too long: no later article would fare better.
                throw RuntimeError("cannot write to the archive \(archive.path): \(error.message); the batch being written "
                                   + "was rolled back, earlier batches are kept, and importing the same paths again adds the rest")
            }
            progress.clear()
            if !quiet { StandardError.print(tally.summary) }
            if tally.failed > 0 { throw ExitCode(1) }
        }

        /// Reads and extracts the articles at `paths` on a thread of its own, batch after batch in reading order;
        /// one extracted batch waits while the caller writes the one before.
        private static func readInBackground(_ paths: [String], maxArticleBytes: Int) -> BatchChannel<[Extracted]> {
            let batches = BatchChannel<[Extracted]>(capacity: 1)
            let reader = Thread {
                let extractor = Extractor()
                var articles = ArticleReader.articles(at: paths, maxArticleBytes: maxArticleBytes)
                while case let batch = nextBatch(of: &articles, extractor: extractor), !batch.isEmpty, batches.put(batch) {}
                batches.close()
            }
            reader.start()
            return batches
        }

        /// The next articles read, with their events, up to `batchSize` or `batchInterval`; empty at the end.
        private static func nextBatch(of articles: inout ArticleReader.Stream, extractor: Extractor) -> [Extracted] {
            let deadline = ContinuousClock.now + batchInterval
            var batch: [Extracted] = []
            while batch.count < batchSize, ContinuousClock.now < deadline, let result = articles.next() {
                batch.append(result.map { ($0, extractor.extract($0)) })
            }
            return batch
        }

        /// An article and its events, or why it could not be read.
        private typealias Extracted = Result<(article: Article, events: [Event]), ArticleReadError>

        /// Stores one read result, reporting what happened on standard error. A failure of the
        /// archive itself rather than of this article (anything but a constraint) is thrown.
        private func store(_ result: Extracted, in session: ImportSession) throws -> Outcome {
            switch result {
            case .failure(let error):
                StandardError.print("hiwar: \(error)")
                return .failed
            case .success(let (article, events)):
                let origin = article.origin ?? "-"
                do {
                    switch try session.add(article, events: events) {
                    case .imported(_, let events):
                        return .imported(events: events)
                    case .alreadyPresent(let id):
                        if !quiet { StandardError.print("\(origin): already in the archive (article \(id))") }
                        return .alreadyPresent
                    }
                } catch let error as SQLiteError where !error.isConstraintViolation {
                    throw error
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
