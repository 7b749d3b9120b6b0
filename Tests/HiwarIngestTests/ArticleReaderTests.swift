import Foundation
import HiwarModel
import Testing
@testable import HiwarIngest

@Suite struct ArticleReaderTests {
    private func read(_ text: String, origin: String = "a.txt", format: ArticleReader.Format? = nil) -> [Result<Article, ArticleReadError>] {
        ArticleReader.read(bytes: Array(text.utf8), origin: origin, format: format)
    }

    private func article(_ text: String) throws -> Article {
        let results = read(text)
        try #require(results.count == 1)
        return try results[0].get()
    }

    private func error(_ bytes: [UInt8], origin: String = "a.txt") throws -> ArticleReadError {
        let results = ArticleReader.read(bytes: bytes, origin: origin, format: .text)
        try #require(results.count == 1)
        guard case .failure(let error) = results[0] else {
            Issue.record("read \(results[0]) where an error was expected")
            throw CancellationError()
        }
        return error
    }

    // MARK: Text files

    @Test func frontMatterGivesTheFieldsAndTheBodyStartsAfterIt() throws {
        let article = try article("""
            ---
            title: Talks end in the capital
            source: Example Wire
            url: https://example.org/a
            published: 2023-08-10
            language: EN
            ---
            Headline line
            The body.

            """)
        #expect(article == Article(title: "Talks end in the capital", body: "Headline line\nThe body.\n",
                                   source: "Example Wire", url: "https://example.org/a",
                                   published: PartialDate(year: 2023, month: 8, day: 10), language: "en", origin: "a.txt"))
    }

    @Test func withoutFrontMatterTheFirstNonEmptyLineIsTheTitleAndStaysInTheBody() throws {
        let article = try article("\n  \n  وزير الدفاع يزور بغداد  \nوصل الوزير اليوم.")
        #expect(article.title == "وزير الدفاع يزور بغداد")
        #expect(article.body == "\n  \n  وزير الدفاع يزور بغداد  \nوصل الوزير اليوم.")
        #expect(article.language == "ar")
        #expect(article.published == nil)
        #expect(article.source == nil)
    }

    @Test func englishTextIsDetectedAsEnglish() throws {
        #expect(try article("Ministers meet\nThe ministers met in Rome.").language == "en")
    }

    @Test func frontMatterToleratesQuotesCommentsBlankLinesAndUnknownKeys() throws {
        let article = try article("---\n# a comment\n\ntitle: \"Quoted: title\"\nauthor: someone\npublished: '2021-07'\n---\nFirst line\n")
        #expect(article.title == "Quoted: title")
        #expect(article.published == PartialDate(year: 2021, month: 7))
        #expect(article.body == "First line\n")
    }

    @Test func frontMatterWithoutTitleTakesTheFirstBodyLine() throws {
        #expect(try article("---\nsource: Wire\n---\n\nThe headline\nText").title == "The headline")
    }

    @Test func byteOrderMarkIsDroppedAndCRLFBecomesLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: T\r\n---\r\nOne\r\nTwo\rstill two\r\n".utf8)
        let article = try ArticleReader.read(bytes: bytes, origin: "crlf.txt", format: .text)[0].get()
        #expect(article.title == "T")
        #expect(article.body == "One\nTwo\rstill two\n")
    }

    @Test func emptyAndWhiteSpaceFilesAreErrors() throws {
        #expect(try error([]).description == "a.txt: empty file")
        #expect(try error(Array(" \n\t\n".utf8)).description == "a.txt: only white space, no text")
    }

    @Test func binaryDataIsRefusedWithTheOffsetOfTheNULByte() throws {
        #expect(try error([0x41, 0x42, 0x00, 0x43]).description == "a.txt: binary data, not text (NUL byte at byte offset 2)")
    }

    @Test func invalidUTF8GivesTheByteAndItsOffsetInTheFile() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0xE9, 0x74, 0xE9]
        #expect(try error(bytes).description == "a.txt: not UTF-8 (byte 0xE9 at byte offset 5); save it as UTF-8")
    }

    @Test func malformedPublishedNamesItsLine() throws {
        let failure = try error(Array("---\ntitle: T\npublished: 2023-02-30\n---\nText".utf8))
        #expect(failure == ArticleReadError(origin: "a.txt", line: 3,
                                            reason: "published: “2023-02-30” is not a real date written YYYY, YYYY-MM or YYYY-MM-DD"))
        #expect(failure.description.hasPrefix("a.txt:3: published:"))
    }

    @Test func unclosedFrontMatterNamesTheLineWhereItOpened() throws {
        #expect(try error(Array("---\ntitle: T\nText without end".utf8))
            == ArticleReadError(origin: "a.txt", line: 1, reason: "front matter opened here is never closed (no second --- line)"))
    }

    @Test func frontMatterLineWithoutColonIsAnError() throws {
        #expect(try error(Array("---\ntitle: T\njust words\n---\nText".utf8))
            == ArticleReadError(origin: "a.txt", line: 3, reason: "front matter line is not “key: value”"))
    }

    @Test func frontMatterWithNothingAfterItIsAnError() throws {
        #expect(try error(Array("---\ntitle: T\n---\n  \n".utf8))
            == ArticleReadError(origin: "a.txt", line: 3, reason: "no article text after the front matter"))
    }

    @Test func invalidUTF8SequencesAreFoundWhereTheyStart() {
        #expect(ArticleReader.firstInvalidUTF8(Array("سلام €𝄞".utf8)[...]) == nil)
        #expect(ArticleReader.firstInvalidUTF8([0x61, 0xC0, 0x80][...]) == 1)          // overlong
        #expect(ArticleReader.firstInvalidUTF8([0xED, 0xA0, 0x80][...]) == 0)          // surrogate
        #expect(ArticleReader.firstInvalidUTF8([0xF4, 0x90, 0x80, 0x80][...]) == 0)    // past U+10FFFF
        #expect(ArticleReader.firstInvalidUTF8([0x61, 0x62, 0xE2, 0x82][...]) == 2)    // cut short
        #expect(ArticleReader.firstInvalidUTF8([0xD8, 0xB3, 0x80][...]) == 2)          // stray continuation
    }

    // MARK: JSON Lines

    @Test func jsonLinesGiveOneArticlePerLineAndAnErrorPerBadLine() throws {
        let results = read("""
            {"title": "First", "body": "Body one", "published": "2024-01-05", "url": "https://e.org/1", "source": "Wire", "language": "EN"}

            {"title": "Second", "body": "نص عربي"}
            {"title": "broken"
            {"body": "no title"}
            {"title": "T", "body": "B", "published": "05/01/2024"}
            [1, 2]
            {"title": 7, "body": "B"}
            """, origin: "feed.jsonl", format: .jsonLines)
        #expect(results.count == 7)
        #expect(try results[0].get() == Article(title: "First", body: "Body one", source: "Wire", url: "https://e.org/1",
                                                published: PartialDate(year: 2024, month: 1, day: 5), language: "en",
                                                origin: "feed.jsonl:1"))
        #expect(try results[1].get() == Article(title: "Second", body: "نص عربي", language: "ar", origin: "feed.jsonl:3"))
        let errors = results.dropFirst(2).map { result -> String in
            if case .failure(let error) = result { return error.description }
            return "read \(result)"
        }
        #expect(errors == [
            "feed.jsonl:4: not valid JSON (unexpected end of file during JSON parse)",
            "feed.jsonl:5: no “title”",
            "feed.jsonl:6: published: “05/01/2024” is not a real date written YYYY, YYYY-MM or YYYY-MM-DD",
            "feed.jsonl:7: not a JSON object",
            "feed.jsonl:8: “title” is not a string",
        ])
    }

    @Test func jsonLinesRefuseBinaryAndNonUTF8LinesWithFileOffsets() throws {
        let bytes = Array("{\"title\": \"A\", \"body\": \"B\"}\r\n".utf8) + [0x7B, 0xFF, 0x7D, 0x0A] + [0x7B, 0x00, 0x7D]
        let results = ArticleReader.read(bytes: bytes, origin: "x.ndjson", format: .jsonLines)
        #expect(try results[0].get().origin == "x.ndjson:1")
        #expect(results.dropFirst().map { try? $0.get() } == [nil, nil])
        if case .failure(let error) = results[1] {
            #expect(error.description == "x.ndjson:2: not UTF-8 (byte 0xFF at byte offset 30); save it as UTF-8")
        }
        if case .failure(let error) = results[2] {
            #expect(error.description == "x.ndjson:3: binary data, not text (NUL byte at byte offset 34)")
        }
    }

    @Test func contentStartingWithABraceIsSniffedAsJSONLines() throws {
        let results = read("\u{FEFF}  \n{\"title\": \"T\", \"body\": \"B\"}\n", origin: "-")
        #expect(try results.map { try $0.get().origin } == ["-:2"])
        #expect(try read("Plain headline\n{not json}", origin: "-").map { try $0.get().title } == ["Plain headline"])
    }

    // MARK: Files and folders

    @Test func foldersAreWalkedInSortedOrderSkippingHiddenAndOtherFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "B headline\nbody")
        try folder.write("a/z.txt", "Z headline\nbody")
        try folder.write("a/README.md", "Notes on the folder\n")
        try folder.write("a/feed.jsonl", "{\"title\": \"J1\", \"body\": \"b\"}\n{\"title\": \"J2\", \"body\": \"b\"}\n")
        try folder.write("a/z.gold.json", "{}")
        try folder.write(".hidden.txt", "hidden\n")
        try folder.write(".git/c.txt", "hidden folder\n")
        try folder.write("notes.pdf", "not an article\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/a/loop", withDestinationPath: folder.path)
        let origins = try ArticleReader.read(contentsOf: folder.path).map { try $0.get().origin }
        #expect(origins == ["a/feed.jsonl:1", "a/feed.jsonl:2", "a/z.txt", "b.txt"].map { folder.path + "/" + $0 })
    }

    @Test func anExplicitlyNamedFileIsReadWhateverItsExtension() throws {
        let folder = try TemporaryFolder()
        try folder.write("article.md", "Headline\nbody")
        #expect(try ArticleReader.read(contentsOf: folder.path + "/article.md").map { try $0.get().title } == ["Headline"])
    }

    @Test func aMissingPathIsAnErrorInTheSystemsWords() {
        #expect(ArticleReader.read(contentsOf: "/nonexistent/x.txt").map { result -> String in
            if case .failure(let error) = result { return error.description }
            return "read"
        } == ["/nonexistent/x.txt: No such file or directory"])
    }

    @Test func largeJSONLinesFilesAreReadAcrossChunksWithExactLineNumbersAndOffsets() throws {
        let folder = try TemporaryFolder()
        let line = "{\"title\": \"Title\", \"body\": \"" + String(repeating: "x", count: 200) + "\"}\n"
        let count = 1_000
        try folder.write("big.jsonl", String(repeating: line, count: count) + "{\"title\": \"\u{E9}\", \"body\": \"b\"}")
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: folder.path + "/big.jsonl")))
        bytes[bytes.count - 16] = 0x41    // the é loses its second byte: C3 41
        try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/big.jsonl"))
        let results = ArticleReader.read(contentsOf: folder.path + "/big.jsonl")
        #expect(results.count == count + 1)
        #expect(try results[count - 1].get().origin == folder.path + "/big.jsonl:\(count)")
        guard case .failure(let error) = results[count] else { Issue.record("the last line read"); return }
        #expect(error.line == count + 1)
        #expect(error.reason == "not UTF-8 (byte 0xC3 at byte offset \(line.utf8.count * count + 11)); save it as UTF-8")
    }
}

/// A folder under the system's temporary directory, removed when released.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "hiwar-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` to `name` (which may contain subfolders) inside the folder.
    func write(_ name: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path + "/" + name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
