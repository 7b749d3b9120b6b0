import HiwarModel
import Testing
@testable import HiwarStore

/// `Archive.articles(matching:)`, `remove(articleID:)` and `statistics()`.
@Suite struct ArchiveArticlesTests {
    let folder: TemporaryFolder
    let archive: Archive

    typealias Merging = ImportSessionMergingTests

    /// Article 1 (en, 2023-08-10) and its syndicated copy 2 (en, 2023-08) report dialogue 1; the
    /// Arabic article 3 (ar, 2024) reports it too and alone reports agreement 2 (IRN-IRQ, undated).
    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive(path: folder.file("articles.sqlite"), catalog: Fixtures.catalog)
        let copy = Merging.englishBody + " Reporting by the wire desk."
        var syndicated = Merging.article("Copy", copy)
        syndicated.published = PartialDate("2023-08")
        var arabic = Merging.article("عربي", Merging.arabicBody, language: "ar")
        arabic.published = PartialDate("2024")
        let dialogue = Merging.dialogue(start: "2023-08-07")
        try archive.importBatch { session in
            _ = try session.add(Merging.article("Original", Merging.englishBody), events: [dialogue])
            _ = try session.add(syndicated, events: [dialogue])
            _ = try session.add(arabic, events: [dialogue, Merging.dialogue(["IRN", "IRQ"], type: .agreement, start: nil)])
        }
    }

    private func listed(_ filter: ArticleFilter = ArticleFilter()) throws -> [String] {
        var rows: [String] = []
        try archive.articles(matching: filter) { rows.append("\($0.id) \($0.title) \($0.events)") }
        return rows
    }

    private func sources() throws -> [[Int64?]] {
        var sources: [[Int64?]] = []
        try archive.events(matching: EventFilter()) { event in sources.append(event.sources.map(\.copyOf)) }
        return sources
    }

    @Test func articlesByLanguageAndPublicationRange() throws {
        #expect(try listed() == ["1 Original 1", "2 Copy 1", "3 عربي 2"])
        #expect(try listed(ArticleFilter(language: "ar")) == ["3 عربي 2"])
        // An article dated only 2023-08 lies in a range starting 2023-08-15.
        #expect(try listed(ArticleFilter(from: PartialDate("2023-08-15"))) == ["2 Copy 1", "3 عربي 2"])
        #expect(try listed(ArticleFilter(to: PartialDate("2023-12"))) == ["1 Original 1", "2 Copy 1"])
        #expect(try listed(ArticleFilter(from: PartialDate("2024-06"))) == ["3 عربي 2"])
        #expect(try listed(ArticleFilter(from: PartialDate("2025"))) == [])
    }

    @Test func removingAnArticleKeepsEventsOthersReport() throws {
        #expect(try sources() == [[nil, 1, nil], [nil]])
        let removed = try #require(try archive.remove(articleID: 3))
        #expect(removed.title == "عربي" && removed.removedEvents == 1 && removed.keptEvents == 1)
        #expect(try sources() == [[nil, 1]])
        #expect(try archive.counts() == (articles: 2, events: 1))
        #expect(try archive.remove(articleID: 3) == nil)
    }

    @Test func removingTheOriginalMakesItsCopyTheIndependentSource() throws {
        _ = try archive.remove(articleID: 1)
        var remaining: [ArchivedEvent] = []
        try archive.events(matching: EventFilter()) { remaining.append($0) }
        #expect(remaining.map { $0.sources.map(\.articleID) } == [[2, 3], [3]])
        #expect(remaining.map(\.sourceCount) == [2, 1])
    }

    @Test func statisticsCountFourWays() throws {
        let statistics = try archive.statistics()
        #expect(statistics.articles == 3 && statistics.events == 2)
        #expect(statistics.byYear.map { "\($0.key) \($0.count)" } == ["2023 1", "undated 1"])
        #expect(statistics.byType.map { "\($0.key) \($0.count)" } == ["agreement 1", "dialogue 1"])
        #expect(statistics.byDyad.map { "\($0.key) \($0.count)" } == ["IRN-IRQ 1", "IRQ-USA 1"])
        #expect(statistics.byLanguage.map { "\($0.key) \($0.count)" } == ["en 2", "ar 1"])
    }
}
