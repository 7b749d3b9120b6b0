import HiwarIngest
import HiwarModel
import Testing
@testable import hiwar_bench

@Suite struct CorpusGeneratorTests {
    /// The first `count` articles of seed `seed`.
    private func corpus(seed: UInt64, count: Int) -> [GeneratedArticle] {
        var generator = CorpusGenerator(seed: seed)
        return (0..<count).map { _ in generator.next() }
    }

    @Test func sameSeedGivesTheSameBytes() {
        let first = corpus(seed: 7, count: 20).map { CorpusFormat.jsonLine($0.article) }
        let second = corpus(seed: 7, count: 20).map { CorpusFormat.jsonLine($0.article) }
        #expect(first == second)
        #expect(first != corpus(seed: 8, count: 20).map { CorpusFormat.jsonLine($0.article) })
    }

    @Test func splitMix64FollowsTheReferenceSequence() {
        // The first outputs for seed 0 of the reference C implementation (Vigna, splitmix64.c).
        var random = SplitMix64(seed: 0)
        #expect([random.next(), random.next(), random.next()]
            == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    @Test func bodiesAreTwoToTenKilobytesInBothLanguages() {
        let articles = corpus(seed: 1, count: 200)
        #expect(articles.allSatisfy { CorpusGenerator.bodySize.contains($0.article.body.utf8.count) })
        #expect(Set(articles.compactMap(\.article.language)) == ["ar", "en"])
        #expect(Set(articles.map(\.isPositive)) == [false, true])
        #expect(Set(articles.map(\.article.title)).count > 150)
    }

    @Test func theExtractorFindsEventsInPositivesAndNoneInNegatives() {
        let extractor = Extractor()
        for generated in corpus(seed: 3, count: 60) {
            let events = extractor.extract(generated.article)
            let context = "\(generated.article.language ?? "") \(generated.article.title)"
            if generated.isPositive {
                #expect(events.contains { $0.type == .dialogue && $0.status == .occurred }, "\(context)")
                #expect(events.contains { $0.type == .delegation }, "\(context)")
            } else {
                #expect(events.isEmpty, "\(context)")
            }
        }
    }

    @Test func textFilesCarryTheArticleInFrontMatter() {
        let article = Article(title: "T", body: "B", source: "S", url: "U", published: PartialDate("2024-05-06"), language: "en")
        #expect(CorpusFormat.textFile(article) == "---\ntitle: T\nsource: S\nurl: U\npublished: 2024-05-06\nlanguage: en\n---\nB\n")
        #expect(CorpusFormat.jsonLine(article)
            == #"{"title":"T","body":"B","url":"U","published":"2024-05-06","source":"S","language":"en"}"#)
    }
}
