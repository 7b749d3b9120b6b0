import HiwarModel

/// Turns an article into events: the one public entry point of extraction.
///
/// The pipeline is a chain of small stages: fold the body (keeping offsets), split sentences, find gazetteer terms
/// and dates in each, read dialogue, committee and agreement mentions from triggers and delegations from their
/// patterns, then merge the mentions of each event. Rules live in `Lexicon`; the stages stay small.
public struct Extractor: Sendable {
    private let gazetteer: Gazetteer
    private let dateReader = DateReader()

    public init() {
        gazetteer = .shared
    }

    public func extract(_ article: Article) -> [Event] {
        let text = FoldedText(article.body)
        let original = Array(article.body.unicodeScalars)
        let (sentences, context) = analyse(article, text: text, original: original)
        var events = coreEvents(sentences, context: context)
        let main = events.first { $0.type == .dialogue && $0.status == .occurred && $0.start != nil }
            ?? events.first { $0.type != .delegation && $0.status == .occurred && $0.start != nil }
        for index in events.indices where events[index].status == .occurred {
            // What the news reports as done, undated where it is named, happened on the day of the news.
            events[index].location = events[index].location ?? context.dateline
            if events[index].start == nil { events[index].start = main?.start ?? context.eventDay }
        }
        var known = DelegationReader.knownPeople(in: sentences, original: original, text: text, parties: context.parties)
        events += delegationEvents(sentences, context: context, main: main, known: &known, text: text, original: original)
        let meetings = MeetingReader(context: context, original: original, text: text, known: known)
        var encounters = EventMerger()
        for sentence in sentences {
            for meeting in meetings.meetings(in: sentence, main: main) { encounters.add(meeting) }
        }
        events += encounters.events
        return events.map { event(from: $0, sentences: sentences, text: text, original: original) }
    }

    /// Sentences with their terms and dates, and what the whole article says about them. Without a publication date,
    /// the article's own first date anchors "on Monday" and «يومي 1 و2 مارس», so dates are read again against it.
    private func analyse(_ article: Article, text: FoldedText, original: [Unicode.Scalar]) -> ([SentenceAnalysis], ArticleContext) {
        var sentences = SentenceSplitter.sentences(in: text).enumerated().map { index, range in
            SentenceAnalysis(index: index, range: range, text: text, original: original, gazetteer: gazetteer,
                             dateReader: dateReader, anchor: article.published)
        }
        Extractor.resolveHomonyms(&sentences)
        let aliases = SentenceAnalysis.aliases(in: sentences)
        for index in sentences.indices { sentences[index].mark(aliases) }
        let title = titleAnalysis(article, body: article.body)
        var context = ArticleContext(sentences: sentences, title: title, published: article.published)
        if article.published == nil, let dated = firstOccurredDate(context) ?? context.newsDate {
            context.newsDate = dated
            for index in sentences.indices { sentences[index].readDates(in: text, with: dateReader, anchor: dated) }
            context.sentences = sentences
        }
        return (sentences, context)
    }

    /// Dialogues, committees and agreements, each mention merged into the event it reports.
    ///
    /// An article may follow a second pair for a while ("In Washington, … the U.S.-Japan Security Consultative
    /// Committee" in a report on Japan and Britain): sentences that name no state then go on about that pair, until a
    /// sentence names states again.
    private func coreEvents(_ sentences: [SentenceAnalysis], context: ArticleContext) -> [Candidate] {
        let reader = EventReader(context: context)
        var merger = EventMerger()
        let parties = Set(context.parties)
        var focus: [String]?
        for sentence in sentences {
            var candidates = reader.candidates(in: sentence)
            let named = Set(sentence.countries.map(\.code))
            if named.isEmpty, let focus {
                for index in candidates.indices where Set(candidates[index].countries) == parties {
                    candidates[index].countries = focus
                }
            } else if named.count >= 2 {
                if let other = candidates.first(where: { Set($0.countries).isSubset(of: named) && Set($0.countries) != parties }) {
                    focus = other.countries
                } else if !candidates.isEmpty || named == parties {
                    focus = nil
                }
            }
            for candidate in candidates { merger.add(candidate) }
        }
        return merger.events
    }

    /// One delegation per side with a named leader, dated by the round it came to; each leader becomes known to the
    /// meetings read afterwards.
    private func delegationEvents(_ sentences: [SentenceAnalysis], context: ArticleContext, main: Candidate?,
                                  known: inout [String: (nameOriginal: String, country: String, role: String?)],
                                  text: FoldedText, original: [Unicode.Scalar]) -> [Candidate] {
        var delegations = DelegationReader(context: context, original: original, text: text, known: known)
        delegations.lead = DelegationReader.leadPerson(in: sentences, original: original, text: text)
        var sides = EventMerger()
        // A delegation to security talks or on a security visit: not a book fair's or a trade mission's.
        for sentence in sentences where context.isSecurity || sentence.isSecurity {
            for found in delegations.delegations(in: sentence) {
                var parties = main?.countries ?? context.parties
                if !parties.contains(found.country) { parties = parties.count == 1 ? parties + [found.country] : [] }
                guard parties.count >= 2 else { continue }
                let written = DelegationReader.fullName(found.head.nameOriginal, known: known)
                let head = Person(name: KnownPeople.english(for: written) ?? Transliteration.latin(written),
                                  nameOriginal: written, role: found.head.role, country: found.country, isHead: true)
                known[DelegationReader.key(of: head.nameOriginal)] = (head.nameOriginal, found.country, head.role)
                // «وكان … قد زار دمشق في ٢٦ كانون الأول ٢٠٢٤ على رأس وفد أمني»: an earlier visit keeps its own date.
                let earlier = Self.earlierVisit(of: found, in: sentence, context: context)
                sides.add(Candidate(type: .delegation, countries: parties, country: found.country,
                                    start: earlier ?? Self.delegationDay(main: main?.start, sentence: sentence, context: context) ?? context.eventDay,
                                    end: nil, status: earlier == nil ? .occurred : .referenced, isAnchored: true, location: nil, key: "",
                                    nameSpan: nil, people: [head], sentence: sentence.index, trigger: found.trigger, rule: found.rule))
            }
        }
        return sides.events
    }

    /// A delegation comes on the first day of the round; a day its own sentence gives inside a round dated only by
    /// month or year («استقبل … يوم السبت وفداً عسكرياً» in a March report) is the more precise.
    /// Without a round, the delegation's own sentence dates it unless that date is background ("a body set up in 2010").
    /// A span of days its own sentence gives ("led the delegation to the March 7-8 talks") that holds the round's date
    /// starts the delegation's visit.
    private static func delegationDay(main: PartialDate?, sentence: SentenceAnalysis, context: ArticleContext) -> PartialDate? {
        let own = sentence.dates.first
        guard let main else { return own.flatMap { context.status(of: $0.start) == nil ? $0.start : nil } }
        if let own, own.start.precision == .day, main.precision != .day, own.start.isWithin(main) { return own.start }
        if let own, own.start.precision == .day, let end = own.end, main.precision == .day,
           own.start.firstDay <= main.firstDay, main.lastDay <= end.lastDay {
            return own.start
        }
        return main
    }

    /// The date of a delegation's earlier visit: a background date (well before the news) within eight words of the
    /// delegation word.
    private static func earlierVisit(of found: DelegationReader.Found, in sentence: SentenceAnalysis, context: ArticleContext) -> PartialDate? {
        guard let at = sentence.tokenIndex(at: found.trigger.lowerBound) else { return nil }
        return sentence.dates.first { date in
            guard let index = sentence.tokenIndex(at: date.range.lowerBound), abs(index - at) <= 8 else { return false }
            return context.status(of: date.start) == .referenced
        }?.start
    }

    /// «عمان» is Amman in an article about Jordan that never says «سلطنة عمان» or «العماني».
    private static func resolveHomonyms(_ sentences: inout [SentenceAnalysis]) {
        for homonym in Lexicon.homonyms {
            let mentionsOwner = sentences.contains { $0.countries.contains { $0.code == homonym.cityOf } }
            let unambiguous = sentences.contains { sentence in
                sentence.terms.contains { hit in
                    if case .country(let code, let form) = hit.term { return code == homonym.country && (form == .adjective || hit.range.count > 4) }
                    return false
                }
            }
            guard mentionsOwner && !unambiguous else { continue }
            for index in sentences.indices { sentences[index].preferCity(homonym.city, over: homonym.country) }
        }
    }

    /// The title analysed for parties and topic, when front matter keeps it out of the body.
    private func titleAnalysis(_ article: Article, body: String) -> SentenceAnalysis? {
        guard !article.title.isEmpty, !body.hasPrefix(article.title) else { return nil }
        let text = FoldedText(article.title)
        return SentenceAnalysis(index: -1, range: 0..<text.scalars.count, text: text, original: Array(article.title.unicodeScalars),
                                gazetteer: gazetteer, dateReader: dateReader, anchor: article.published)
    }

    /// Without `published`, the news date is that of the first round of talks reported as held.
    private func firstOccurredDate(_ context: ArticleContext) -> PartialDate? {
        let reader = EventReader(context: context)
        for sentence in context.sentences.prefix(6) {
            if let dated = reader.candidates(in: sentence).first(where: { $0.status == .occurred && $0.start?.precision == .day }) {
                return dated.start
            }
        }
        return nil
    }

    private func event(from candidate: Candidate, sentences: [SentenceAnalysis], text: FoldedText, original: [Unicode.Scalar]) -> Event {
        let sentence = sentences[candidate.sentence]
        let range = text.originalRange(sentence.range)
        let trigger = text.originalRange(candidate.trigger)
        var evidence = String.UnicodeScalarView()
        evidence.append(contentsOf: original[range])
        var nameText = String.UnicodeScalarView()
        nameText.append(contentsOf: original[text.originalRange(candidate.nameSpan ?? candidate.trigger)])
        return Event(type: candidate.type, name: EventNaming.name(of: candidate, phrase: String(nameText)), nameOriginal: String(nameText),
                     countries: candidate.countries, country: candidate.country, start: candidate.start,
                     end: candidate.end == candidate.start ? nil : candidate.end, status: candidate.status,
                     location: candidate.location, people: candidate.people,
                     evidence: Evidence(sentence: String(evidence), start: range.lowerBound, end: range.upperBound,
                                        triggerStart: trigger.lowerBound, triggerEnd: trigger.upperBound, rule: candidate.rule))
    }
}
