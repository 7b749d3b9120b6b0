import HiwarModel

/// What the whole article tells about each sentence: its parties, its news date, whether it is about security.
struct ArticleContext: Sendable {
    var sentences: [SentenceAnalysis]
    /// The title when it is not part of the body (front matter), analysed like a sentence.
    var title: SentenceAnalysis?
    /// The date the news is about: the main event's date, else `published`, else the first precise date.
    var newsDate: PartialDate?
    /// The day the reported events took place, for what the article reports as done without dating it: the first
    /// day-precise date of the opening sentences within a week before the news date («أمس»), else the news date.
    var eventDay: PartialDate? {
        guard let newsDate else { return nil }
        let opening = sentences.prefix(2).flatMap(\.dates).map(\.start)
        return opening.first { date in
            date.precision == .day && date.dayNumber <= newsDate.lastDay.dayNumber && date.dayNumber >= newsDate.firstDay.dayNumber - 7
        } ?? newsDate
    }

    /// The states the article is about, used for sentences that say «البلدين» or "the two countries".
    var parties: [String]
    var isSecurity: Bool
    /// Whether the news is a session of an international body (the UN Security Council voting): talks "between the
    /// delegations" there are the body's, not a bilateral round.
    var isForumNews: Bool
    /// The city a dateline opens the article with ("WASHINGTON —", «دمشق –»).
    var dateline: String?

    init(sentences: [SentenceAnalysis], title: SentenceAnalysis?, published: PartialDate?) {
        self.sentences = sentences
        self.title = title
        let opening = ([title].compactMap { $0 } + sentences.prefix(3))
        let securityTerms = sentences.reduce(0) { $0 + $1.securityTermCount }
        isSecurity = opening.contains(where: \.isSecurity) || securityTerms >= 3
        dateline = sentences.prefix(2).lazy.compactMap { sentence in
            sentence.places.first { sentence.tokens.first?.range.contains($0.range.lowerBound) == true }?.city
        }.first
        parties = ArticleContext.findParties(opening: opening, sentences: sentences)
        if parties.isEmpty { parties = ArticleContext.hostAndGuest(opening: opening, sentences: sentences, dateline: dateline) }
        isForumNews = ([title].compactMap { $0 } + sentences.prefix(1)).contains(where: \.isForumOnly)
        newsDate = ArticleContext.findNewsDate(sentences: sentences, published: published)
    }

    /// The parties: the actor states of the first sentence naming two or more, all of them when it speaks of a
    /// three-way format or lists three; a minister and "his Japanese counterpart" (`counterpartPair`); else the two
    /// most often named in the article.
    private static func findParties(opening: [SentenceAnalysis], sentences: [SentenceAnalysis]) -> [String] {
        let frequency = mentionCounts(sentences)
        func actors(_ sentence: SentenceAnalysis) -> [String]? {
            let codes = unique(sentence.countries.map(\.code))
            guard codes.count >= 2 else { return nil }
            if sentence.isMultilateral { return codes }
            if !sentence.coordinatedStates.isEmpty { return sentence.coordinatedStates }
            if let pair = sentence.counterpartPair { return pair }
            return Array(codes.sorted { (frequency[$0] ?? 0, -codes.firstIndex(of: $0)!) > (frequency[$1] ?? 0, -codes.firstIndex(of: $1)!) }.prefix(2))
        }
        let found = (opening + sentences).lazy.compactMap(actors)
        guard let first = found.first else { return [] }
        // A headline that joins a side event ("… signs trilateral framework with U.S., Japan") gives way to the pair
        // the body opens with.
        if first.count > 2, let body = sentences.lazy.compactMap(actors).first, body.count == 2, Set(body).isSubset(of: first) {
            return body
        }
        // A headline of two stories ("Syria's Sharaa meets Trump …; Turkey's Fidan holds separate talks") gives way to
        // the pair the body's lead opens with.
        if opening.first?.index == -1, let lead = sentences.prefix(2).lazy.compactMap(actors).first, Set(lead) != Set(first),
           opening.first.map(\.isTwoStories) == true {
            return lead
        }
        return first
    }

    /// Agency copy of the host state often names it only as «الدولة», «المملكة» or "the kingdom", and places the news
    /// in its capital («أبوظبي –», «في مكتبه بالرياض»): where no sentence names two states, the parties are the state
    /// named most and the state whose capital the dateline or an opening sentence gives.
    private static func hostAndGuest(opening: [SentenceAnalysis], sentences: [SentenceAnalysis], dateline: String?) -> [String] {
        let frequency = mentionCounts(sentences)
        guard let guest = frequency.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return [] }
        let cities = [dateline].compactMap { $0 } + opening.flatMap { $0.places.map(\.city) }
        guard let host = cities.lazy.compactMap({ capitalStates[$0] }).first(where: { $0 != guest }) else { return [] }
        return [host, guest]
    }

    /// How many sentences name each state.
    private static func mentionCounts(_ sentences: [SentenceAnalysis]) -> [String: Int] {
        var frequency: [String: Int] = [:]
        for sentence in sentences {
            for code in Set(sentence.countries.map(\.code)) { frequency[code, default: 0] += 1 }
        }
        return frequency
    }

    /// The state each capital governs, by the capital's English name.
    private static let capitalStates: [String: String] = Dictionary(
        CountryCatalog.shared.countries.compactMap { country in country.capitalsEnglish.first.map { ($0, country.alpha3) } },
        uniquingKeysWith: { first, _ in first })

    /// The first day-precise date of the opening sentences, else `published`, else any first date.
    private static func findNewsDate(sentences: [SentenceAnalysis], published: PartialDate?) -> PartialDate? {
        if let published { return published }
        let opening = sentences.prefix(4).flatMap(\.dates)
        return opening.first { $0.start.precision == .day }?.start
            ?? opening.first { $0.start.precision == .month }?.start
            ?? sentences.lazy.flatMap(\.dates).first?.start
    }

    /// The status a date gives when no word says otherwise: well before the news is background, after it is to come.
    func status(of date: PartialDate, isRelativeFuture: Bool = false) -> EventStatus? {
        guard let newsDate else { return nil }
        if date.lastDay.dayNumber < newsDate.firstDay.dayNumber - 40 { return .referenced }
        if date.firstDay.dayNumber > newsDate.lastDay.dayNumber + 7 { return .planned }
        return nil
    }
}

func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}

extension PartialDate {
    /// The number of the date's first day (`DateReader.Day`), for comparing dates a few weeks apart.
    var dayNumber: Int { DateReader.Day(firstDay)!.number }
}
