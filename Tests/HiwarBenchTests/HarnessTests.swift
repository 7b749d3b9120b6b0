import Foundation
import HiwarModel
import HiwarStore
import Testing
@testable import hiwar_bench

@Suite struct HarnessTests {
    @Test func percentilesAreNearestRank() {
        let values = (1...200).map(Double.init).reversed().map { $0 }
        #expect(Stopwatch.percentile(50, of: values) == 100)
        #expect(Stopwatch.percentile(99, of: values) == 198)
        #expect(Stopwatch.percentile(50, of: [7]) == 7)
    }

    @Test func sqlLiteralsDoubleQuotes() {
        #expect(Database.sqlLiteral("it's «هنا»") == "'it''s «هنا»'")
        #expect(Database.sqlLiteral(nil) == "NULL")
    }

    @Test func commandsAreShownAsAShellReadsThem() {
        #expect(Harness.shellWord("/tmp/a-1.sqlite") == "/tmp/a-1.sqlite")
        #expect(Harness.shellWord("SELECT 'x';") == #"'SELECT '\''x'\'';'"#)
        #expect(Harness.shellWord("") == "''")
    }

    @Test func childReportsStatusAndMemory() throws {
        let outcome = try Child.run("/bin/sh", ["-c", "exit 3"])
        #expect(outcome.status == 3)
        #expect(outcome.peakMiB > 0)
    }

    @Test func reportKeepsTheTextAroundTheMarkers() throws {
        let path = NSTemporaryDirectory() + "hiwar-bench-report-\(UUID().uuidString).md"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "# P\n\nBefore.\n<!-- bench:begin -->\nold\n<!-- bench:end -->\nAfter.\n".write(toFile: path, atomically: true, encoding: .utf8)
        try Report.replace(in: path, with: "new")
        #expect(try String(contentsOfFile: path, encoding: .utf8)
            == "# P\n\nBefore.\n<!-- bench:begin -->\nnew\n<!-- bench:end -->\nAfter.\n")
    }

    @Test func generatedEventsPointAtTheirSentences() {
        var generator = EventGenerator(seed: 5)
        let (article, events) = generator.next()
        #expect(events.count == EventGenerator.eventsPerArticle)
        let scalars = Array(article.body.unicodeScalars)
        for event in events {
            var sentence = String.UnicodeScalarView()
            sentence.append(contentsOf: scalars[event.evidence.start..<event.evidence.end])
            #expect(String(sentence) == event.evidence.sentence)
            #expect(event.countries.count == 2)
        }
    }

    @Test func populatedArchivesReadBackThroughTheTimeline() throws {
        let folder = NSTemporaryDirectory() + "hiwar-bench-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Harness.populate(folder + "/events.sqlite", events: 30, seed: 2)
        let archive = try Archive(path: folder + "/events.sqlite")
        #expect(try archive.counts() == (articles: 3, events: 30))
        #expect(try Harness.read(archive, EventFilter(), limit: 7) == 7)
        #expect(try Harness.read(archive, EventFilter(), limit: nil) == 30)
    }
}
