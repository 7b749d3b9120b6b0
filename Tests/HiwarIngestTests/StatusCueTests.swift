import Testing
import HiwarModel
@testable import HiwarIngest

/// Status read from cues and dates, each case a short article whose first sentence reports the round held now.
@Suite struct StatusCueTests {
    private static let arabicOpening = "بغداد – عقد العراق والأردن أمس في بغداد جولة من المحادثات الأمنية.\n"
    private static let englishOpening = "TOKYO — Japan and Australia held security talks in Tokyo on Tuesday.\n"

    private func dialogues(_ body: String) -> [String] {
        let article = Article(title: "talks", body: body, published: PartialDate("2024-05-16"))
        return Extractor().extract(article).filter { $0.type == .dialogue }
            .map { "\($0.status.rawValue) \($0.start?.description ?? "-")" }.sorted()
    }

    @Test(arguments: [
        (arabicOpening + "واتفق الجانبان على عقد الجولة المقبلة من الحوار في عمّان.", ["occurred 2024-05-15", "planned -"]),
        (arabicOpening + "وسيعقد البلدان جولة جديدة من المباحثات الأمنية في أيلول المقبل.", ["occurred 2024-05-15", "planned 2024-09"]),
        (arabicOpening + "وكانت الجولة السابقة من المحادثات قد عقدت في آذار 2022.", ["occurred 2024-05-15", "referenced 2022-03"]),
        (arabicOpening + "وتأتي المحادثات بعد الحوار الاستراتيجي الذي عقد في عام 2019.", ["occurred 2024-05-15", "referenced 2019"]),
        (arabicOpening + "وكان الوزيران قد أجريا في وقت سابق من اليوم نفسه مباحثات أمنية.", ["occurred 2024-05-15"]),
        (englishOpening + "The two sides agreed to hold the next round of the dialogue in Canberra.", ["occurred 2024-05-14", "planned -"]),
        (englishOpening + "The talks built on the previous security dialogue held in March 2021.", ["occurred 2024-05-14", "referenced 2021-03"]),
        (englishOpening + "They will meet again for security talks in October.", ["occurred 2024-05-14", "planned 2024-10"]),
    ])
    func statusFollowsCuesAndDates(body: String, expected: [String]) {
        #expect(dialogues(body) == expected)
    }

    @Test func cancelledVisitsAreNoEvents() {
        let body = "أعلن مكتب رئيس الوزراء العراقي إلغاء زيارة وفد أمني إلى عمّان كان من المقرر أن يجري محادثات أمنية مع الأردن."
        #expect(Extractor().extract(Article(title: "إلغاء زيارة", body: body, published: PartialDate("2024-05-16"))).isEmpty)
    }
}
