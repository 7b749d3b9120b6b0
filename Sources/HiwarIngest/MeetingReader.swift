import HiwarModel

/// Reads bilateral meetings of named officials: «استقبل … وزير الدفاع الأميركي لويد أوستن», «التقى …»,
/// "Austin met Prabowo", "a meeting between President … and President …".
struct MeetingReader: Sendable {
    let context: ArticleContext
    let original: [Unicode.Scalar]
    let text: FoldedText
    let known: [String: (nameOriginal: String, country: String, role: String?)]

    func meetings(in sentence: SentenceAnalysis, main: Candidate?) -> [Candidate] {
        let triggers = sentence.terms.filter { $0.term == .trigger(.meeting) }
        guard let trigger = triggers.first, context.isSecurity || sentence.isSecurity else { return [] }
        let people = self.people(in: sentence)
        var countries = unique(people.map(\.country))
        if countries.count == 1 {
            let others = (main?.countries ?? context.parties).filter { $0 != countries[0] }
            guard others.count == 1 else { return [] }
            countries += others
        }
        guard countries.count >= 2 else { return [] }
        countries = Array(countries.prefix(2))
        let clause = Clause(sentence: sentence, trigger: trigger.range, previousEnd: sentence.range.lowerBound,
                            nextStart: sentence.range.upperBound)
        let date = clause.date
        var status = EventStatus.occurred
        if let cue = clause.cue { status = cue == .planned ? .planned : .referenced }
        if let date, let byDate = context.status(of: date.start) { status = byDate }
        let start = date?.start ?? (status == .occurred ? main?.start : nil)
        return [Candidate(type: .meeting, countries: countries, country: nil, start: start, end: nil, status: status,
                          isAnchored: true, location: clause.place(context: context) ?? (status == .occurred ? main?.location : nil),
                          key: "", nameSpan: nil, people: people.map(\.person), sentence: sentence.index,
                          trigger: trigger.range, rule: "meeting")]
    }

    /// The officials named in the sentence with their states: known from elsewhere in the article, named after an
    /// office with a state adjective («وزير الدفاع الأميركي لويد أوستن»), or in the table of office-holders.
    private func people(in sentence: SentenceAnalysis) -> [(person: Person, country: String)] {
        var found: [(person: Person, country: String)] = []
        var seen = Set<String>()
        func add(_ nameOriginal: String, _ country: String, _ role: String?) {
            let key = DelegationReader.key(of: nameOriginal)
            guard !seen.contains(key) else { return }
            seen.insert(key)
            found.append((Person(name: KnownPeople.english(for: nameOriginal) ?? Transliteration.latin(nameOriginal),
                                 nameOriginal: nameOriginal, role: role, country: country), country))
        }
        let names = NameReader(sentence: sentence, original: original, text: text)
        for (index, token) in sentence.tokens.enumerated() {
            if let person = known[token.text] {
                add(person.nameOriginal, person.country, person.role)
            } else if sentence.role(at: token) != nil,
                      let reading = names.name(from: index) {
                if let country = reading.country ?? KnownPeople.entry(for: reading.nameOriginal)?.country {
                    add(reading.nameOriginal, country, reading.role)
                }
            }
        }
        return found
    }
}
