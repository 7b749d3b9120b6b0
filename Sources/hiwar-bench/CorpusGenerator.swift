import HiwarModel

/// A generated article, and whether it was written to report security events (a positive) or not.
struct GeneratedArticle {
    let article: Article
    let isPositive: Bool
}

/// Writes an endless, reproducible stream of news articles in Arabic and English: rounds of security
/// talks between states of the country catalogue, with their delegations, agreements, committees and
/// earlier and later rounds, padded with neutral paragraphs to 2–10 KB; one in five is a negative
/// (a football match, a trade fair) that reports no event. The same seed gives the same articles.
struct CorpusGenerator {
    /// States the articles speak of, by alpha-3 code; names come from `CountryCatalog.shared`.
    static let states = ["IRQ", "IRN", "SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "LBN", "EGY", "TUR", "USA", "GBR", "FRA",
                         "DEU", "RUS", "CHN", "IND", "PAK", "JPN", "AUS", "ITA", "MAR", "DZA", "TUN", "GRC", "ESP", "KOR"]
    /// Size of a body in UTF-8 bytes.
    static let bodySize = 2_000...10_000
    /// Percent of articles that report events.
    static let positivePercent = 80

    private var random: SplitMix64
    private var serial = 0
    /// The states as each phrasebook writes them, in the order of `states`.
    private let parties: [[Party]]

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
        let countries = Self.states.map { code in
            guard let country = CountryCatalog.shared.country(alpha3: code) else { fatalError("\(code) left the catalogue") }
            return country
        }
        parties = Phrasebook.all.map { book in
            countries.map { country in
                book.language == "ar"
                    ? Party(name: country.nameArabic, adjective: country.adjectivesArabic[0], capital: country.capitalsArabic[0])
                    : Party(name: country.nameEnglish, adjective: country.adjectivesEnglish[0], capital: country.capitalsEnglish[0])
            }
        }
    }

    mutating func next() -> GeneratedArticle {
        serial += 1
        let language = random.below(Phrasebook.all.count)
        let book = Phrasebook.all[language]
        let months = random.pick(book.calendars)
        let scene = makeScene(parties[language], book)
        let isPositive = random.chance(Self.positivePercent)
        let title: String
        var paragraphs: [String]
        if isPositive {
            title = book.title(scene)
            paragraphs = [book.lead(scene, scene.day - random.below(3), months), book.delegation(scene)]
            if random.chance(40) { paragraphs.append(book.agreement(scene)) }
            if random.chance(30) { paragraphs.append(book.committee(scene)) }
            if random.chance(50) { paragraphs.append(book.nextRound(scene, months)) }
            if random.chance(50) { paragraphs.append(book.previousRound(scene, months)) }
        } else {
            let kind = random.below(book.negativeLeads.count)
            title = book.negativeTitles[kind](scene)
            paragraphs = [book.negativeLeads[kind](scene, months)]
        }
        pad(&paragraphs, to: random.number(in: Self.bodySize.lowerBound...(Self.bodySize.upperBound - 800)),
            with: isPositive ? [book.securityFiller, book.generalFiller] : [book.generalFiller])
        let article = Article(
            title: title, body: paragraphs.joined(separator: "\n\n"), source: random.pick(book.outlets),
            url: "https://news.example/\(book.language)/\(scene.year)/\(serial)",
            published: PartialDate(year: scene.year, month: scene.month, day: scene.day), language: book.language)
        return GeneratedArticle(article: article, isPositive: isPositive)
    }

    private mutating func makeScene(_ parties: [Party], _ book: Phrasebook) -> Scene {
        let first = random.below(parties.count)
        let second = (first + 1 + random.below(parties.count - 1)) % parties.count
        let name = random.below(book.names.count - 1)
        return Scene(
            first: parties[first], second: parties[second], host: random.chance(50) ? parties[first] : parties[second],
            year: random.number(in: 2005...2025), month: random.number(in: 1...12), day: random.number(in: 5...28),
            ordinal: random.below(book.ordinals.count), topic: random.below(book.topics.count),
            leaders: [(random.pick(book.roles), book.names[name]), (random.pick(book.roles), book.names[name + 1])],
            previousMonth: random.number(in: 1...12), nextMonth: random.number(in: 1...12))
    }

    /// Adds paragraphs of two to four filler sentences between the others until the body reaches
    /// `size` bytes; the opening paragraph stays first.
    private mutating func pad(_ paragraphs: inout [String], to size: Int, with pools: [[String]]) {
        var bytes = paragraphs.reduce(0) { $0 + $1.utf8.count + 2 }
        while bytes < size {
            let pool = random.pick(pools)
            let paragraph = (0..<random.number(in: 2...4)).map { _ in random.pick(pool) }.joined(separator: " ")
            paragraphs.insert(paragraph, at: 1 + random.below(paragraphs.count))
            bytes += paragraph.utf8.count + 2
        }
    }
}
