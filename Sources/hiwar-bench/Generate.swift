import ArgumentParser

extension HiwarBench {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a reproducible corpus of Arabic and English articles for hiwar import.",
            discussion: """
                The same --seed and --count give the same bytes. About four articles in five report security \
                talks (with delegations, agreements, committees, earlier and later rounds); the rest are negatives.

                Examples:
                  hiwar-bench generate --count 10000 --output corpus.jsonl
                  hiwar-bench generate --count 50 --format files --output corpus/
                """
        )

        @Option(help: "How many articles.")
        var count: Int

        @Option(help: "Seed of the random generator.")
        var seed: UInt64 = 1

        @Option(help: "jsonl (one file) or files (a folder of .txt files).")
        var format: CorpusFormat = .jsonl

        @Option(help: "The file or folder to write.")
        var output: String

        func validate() throws {
            guard count >= 0 else { throw ValidationError("--count must not be negative") }
        }

        func run() throws {
            var generator = CorpusGenerator(seed: seed)
            let bytes = try format.write(count, from: &generator, to: output)
            print("wrote \(count) articles, \(bytes) bytes, to \(output)")
        }
    }
}

extension CorpusFormat: ExpressibleByArgument {}
