import HiwarModel

/// Writes reproducible events straight into an archive, without extraction, to build the large
/// archives the timeline and export measurements need: `eventsPerArticle` events per short
/// synthetic article, between two of `CorpusGenerator.states`, dated 1995–2025.
struct EventGenerator {
    static let eventsPerArticle = 10
    static let years = 1995...2025

    private var random: SplitMix64
    private var serial = 0
    private let names = Phrasebook.english.names
    private let roles = Phrasebook.english.roles

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// The next article and the events it reports, each with its own sentence of the body as evidence.
    mutating func next() -> (article: Article, events: [Event]) {
        serial += 1
        var body = ""
        var events: [Event] = []
        for index in 0..<Self.eventsPerArticle {
            let pair = pickPair()
            let sentence = "Report \(serial).\(index): \(pair.0) and \(pair.1) took part in a security event."
            let start = body.unicodeScalars.count
            body += sentence + " "
            let type = random.pick(EventType.allCases)
            events.append(Event(
                type: type, name: "Synthetic \(type.rawValue) \(serial).\(index)", countries: [pair.0, pair.1],
                country: type == .delegation ? pair.0 : nil, start: pickDate(), status: random.pick(EventStatus.allCases),
                location: random.chance(70) ? "Geneva" : nil, people: pickPeople(pair),
                evidence: Evidence(sentence: sentence, start: start, end: start + sentence.unicodeScalars.count, rule: "bench")))
        }
        let article = Article(title: "Synthetic report \(serial)", body: body, source: "hiwar-bench",
                              url: "https://bench.example/\(serial)", published: PartialDate(year: 2025), language: "en")
        return (article, events)
    }

    private mutating func pickPair() -> (String, String) {
        let states = CorpusGenerator.states
        let first = random.below(states.count)
        return (states[first], states[(first + 1 + random.below(states.count - 1)) % states.count])
    }

    /// Mostly a day, sometimes a month or a year; one in twenty undated.
    private mutating func pickDate() -> PartialDate? {
        let roll = random.below(20)
        guard roll > 0 else { return nil }
        let year = random.number(in: Self.years), month = random.number(in: 1...12)
        switch roll {
        case 1: return PartialDate(year: year)
        case 2, 3: return PartialDate(year: year, month: month)
        default: return PartialDate(year: year, month: month, day: random.number(in: 1...28))
        }
    }

    /// Up to two people, the first heading the first state's side.
    private mutating func pickPeople(_ pair: (String, String)) -> [Person] {
        (0..<random.below(3)).map { index in
            let name = random.pick(names)
            return Person(name: name, nameOriginal: name, role: random.pick(roles), country: index == 0 ? pair.0 : pair.1,
                          isHead: index == 0)
        }
    }
}
