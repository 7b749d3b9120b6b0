import Foundation
import HiwarModel
import HiwarStore

/// A scratch folder for one test, removed when the test lets go of it: the files to import, the
/// archives, and the folder `hiwar` runs in.
final class Workspace {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "hiwar-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `bytes` to `name` (subfolders allowed) in the workspace.
    func write(_ name: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func write(_ name: String, _ text: String) throws {
        try write(name, bytes: Array(text.utf8))
    }

    func contents(of name: String) throws -> String {
        try String(contentsOfFile: path + "/" + name, encoding: .utf8)
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/" + name)
    }

    /// Runs `hiwar arguments…` in the workspace.
    func hiwar(_ arguments: String..., environment: [String: String] = [:], input: String = "") throws -> HiwarProcess.Output {
        try HiwarProcess.run(arguments, in: path, environment: environment, input: input)
    }

    /// A workspace whose `events.sqlite` holds ``Reports/all``.
    static func withReports() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.archive("events.sqlite", Reports.all)
        return workspace
    }

    /// Stores the articles with the events given for them, through the archive API rather than
    /// extraction, so that commands are tested on events known to the letter.
    func archive(_ name: String, _ reports: [(Article, [Event])]) throws {
        let archive = try Archive(path: path + "/" + name)
        try archive.importBatch { session in
            for (article, events) in reports { _ = try session.add(article, events: events) }
        }
    }
}

/// Three events in two articles, stored in this order: a dated dialogue (id 1) and an undated
/// delegation (id 2) from an English article, and an agreement of 2021 (id 3) from an Arabic one.
enum Reports {
    static let english = Article(
        title: "Talks in Washington", body: "Officials met in Washington on 7 August 2023. Talks went on.",
        url: "https://example.org/a", published: PartialDate("2023-08-10"), language: "en", origin: "a.txt")
    static let arabic = Article(title: "خارطة طريق", body: "وقع البلدان خارطة الطريق عام 2021، في باريس.", language: "ar",
                                origin: "b.txt")

    static let all: [(Article, [Event])] = [
        (english, [
            Event(type: .dialogue, name: "Joint Security Cooperation Dialogue", nameOriginal: "حوار التعاون الأمني المشترك",
                  countries: ["USA", "IRQ"], start: PartialDate("2023-08-07"), end: PartialDate("2023-08-08"),
                  status: .occurred, location: "Washington",
                  people: [Person(name: "Thabet al-Abbasi", nameOriginal: "ثابت العباسي", role: "Minister of Defense",
                                  country: "IRQ", isHead: true)],
                  evidence: evidence("Officials met in Washington on 7 August 2023.", in: english, rule: "dialogue.met")),
            Event(type: .delegation, countries: ["IRQ", "USA"], country: "IRQ", status: .planned,
                  evidence: evidence("Talks went on.", in: english, rule: "delegation.side")),
        ]),
        (arabic, [
            Event(type: .agreement, name: "Roadmap, \"2020-2030\"", nameOriginal: "خارطة الطريق", countries: ["FRA", "EGY"],
                  start: PartialDate("2021"), status: .referenced,
                  evidence: evidence("وقع البلدان خارطة الطريق عام 2021، في باريس.", in: arabic, rule: "agreement.signed")),
        ]),
    ]

    /// The sentence located in the article's body, in Unicode scalars.
    static func evidence(_ sentence: String, in article: Article, rule: String) -> Evidence {
        let body = article.body.unicodeScalars
        let range = body.ranges(of: sentence.unicodeScalars).first!
        let start = body.distance(from: body.startIndex, to: range.lowerBound)
        return Evidence(sentence: sentence, start: start, end: start + sentence.unicodeScalars.count, rule: rule)
    }
}
