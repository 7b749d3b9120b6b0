import Foundation
import HiwarExport
import HiwarModel

/// How `generate` writes articles: one JSON Lines file, or a folder of text files with front matter,
/// both of which `hiwar import` reads.
enum CorpusFormat: String, CaseIterable {
    case jsonl, files

    /// The article as one JSON Lines record, keys in a fixed order (no line feed).
    static func jsonLine(_ article: Article) -> String {
        JSONValue.object([
            ("title", .string(article.title)), ("body", .string(article.body)), ("url", .string(article.url)),
            ("published", .string(article.published?.description)), ("source", .string(article.source)),
            ("language", .string(article.language)),
        ]).description
    }

    /// The article as a text file: front matter, then the body.
    static func textFile(_ article: Article) -> String {
        let fields = [("title", article.title), ("source", article.source), ("url", article.url),
                      ("published", article.published?.description), ("language", article.language)]
        let header = fields.compactMap { key, value in value.map { "\(key): \($0)\n" } }.joined()
        return "---\n" + header + "---\n" + article.body + "\n"
    }

    /// Writes `count` articles of `generator` to `path` (a file for `jsonl`, a folder for `files`),
    /// one at a time, so that memory does not grow with the corpus. Returns the bytes written.
    func write(_ count: Int, from generator: inout CorpusGenerator, to path: String) throws -> Int {
        var bytes = 0
        switch self {
        case .jsonl:
            guard FileManager.default.createFile(atPath: path, contents: nil),
                  let file = FileHandle(forWritingAtPath: path) else { throw BenchError("cannot write \(path)") }
            defer { try? file.close() }
            var buffer = ""
            for _ in 0..<count {
                buffer += Self.jsonLine(generator.next().article) + "\n"
                if buffer.utf8.count > 1 << 20 {
                    bytes += try Self.flush(&buffer, to: file)
                }
            }
            bytes += try Self.flush(&buffer, to: file)
        case .files:
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            let digits = String(count).count
            for index in 0..<count {
                let article = generator.next().article
                let number = String(index + 1)
                let name = String(repeating: "0", count: digits - number.count) + number + "-\(article.language ?? "xx").txt"
                let data = Data(Self.textFile(article).utf8)
                try data.write(to: URL(fileURLWithPath: path).appendingPathComponent(name))
                bytes += data.count
            }
        }
        return bytes
    }

    private static func flush(_ buffer: inout String, to file: FileHandle) throws -> Int {
        let data = Data(buffer.utf8)
        try file.write(contentsOf: data)
        buffer = ""
        return data.count
    }
}

/// A failure of the benchmark, said in one line.
struct BenchError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
