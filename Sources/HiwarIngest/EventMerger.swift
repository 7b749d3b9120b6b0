import HiwarModel

/// Folds the mentions of one event, sentence after sentence, into a single event: a body or text is
/// one event per article, a round of talks is one event per date and status.
struct EventMerger: Sendable {
    private(set) var events: [Candidate] = []

    mutating func add(_ candidate: Candidate) {
        if let index = events.firstIndex(where: { isSame($0, candidate) }) {
            events[index] = merged(events[index], candidate)
        } else if candidate.type == .agreement || candidate.type == .dialogue, !candidate.isAnchored, !isAnotherText(candidate),
                  let index = events.lastIndex(where: { $0.type == candidate.type && Set($0.countries) == Set(candidate.countries) }) {
            events[index] = merged(events[index], candidate)
        } else {
            events.append(candidate)
        }
    }

    private func isSame(_ existing: Candidate, _ new: Candidate) -> Bool {
        guard existing.type == new.type, Set(existing.countries) == Set(new.countries) else { return false }
        switch new.type {
        case .committee:
            return existing.key.isEmpty || new.key.isEmpty || existing.key == new.key
        case .delegation:
            // A state's delegation to an earlier round is another visit.
            return existing.country == new.country && existing.status == new.status
        case .dialogue, .meeting:
            // A body's numbered session told twice, dated once (a headline, then the body); undated, it is not the talks
            // told beside it.
            if [existing.rule, new.rule].contains(EventReader.numberedSession), existing.start == nil || new.start == nil {
                return EventReader.sessionRules.contains(existing.rule) && EventReader.sessionRules.contains(new.rule)
                    && existing.status == new.status
            }
            if !new.isAnchored { return existing.status == .occurred || !existing.isAnchored }
            // An undated, unmarked mention is the news itself: only a mention of a round held now completes it.
            if !existing.isAnchored { return new.status == .occurred }
            return existing.status == new.status && (datesAgree(existing.start, new.start) || within(new, existing) || within(existing, new))
                && (existing.location == nil || new.location == nil || existing.location == new.location)
        case .agreement:
            // The same text named again: undated in a headline or by its signatories ("Marles and Prabowo signed the
            // pact"), or dated alike.
            if new.isOther { return false }
            let sameName = !existing.key.isEmpty && existing.key == new.key
            if sameName { return existing.start == nil || new.start == nil || datesAgree(existing.start, new.start) }
            if !new.isAnchored { return !isAnotherText(new) }
            if new.start == nil, new.status == .occurred, existing.status == .occurred, new.key.isEmpty {
                return true
            }
            // A headline's undated «توقعان اتفاقية» is the text the body then dates; a text signed in the news is not
            // one dated long before («وقّع الوزيران مذكرة تفاهم» then «اتفاق أضنة الموقّع في 1998») or still to come.
            if !existing.isAnchored {
                return (existing.key.isEmpty || new.key.isEmpty || existing.key == new.key)
                    && !(existing.status == .occurred && new.status != .occurred)
            }
            return existing.status == new.status && existing.start != nil && datesAgree(existing.start, new.start)
        }
    }

    /// Whether an undated text signed in the news has a name of its own ("signed an extradition convention" beside
    /// the declaration already told): another text, not a mention of the last one. A name given to the kind of text
    /// just told signed ("a mutual defence treaty", then "signed the Pukpuk Treaty") names that text.
    private func isAnotherText(_ candidate: Candidate) -> Bool {
        guard candidate.type == .agreement, candidate.status == .occurred else { return false }
        return candidate.isOther || !candidate.key.isEmpty && !events.contains { event in
            event.type == .agreement && (event.key == candidate.key
                || (event.status == .occurred && event.head == candidate.head && Set(event.countries) == Set(candidate.countries)))
        }
    }

    /// Whether one mention's date falls inside the other's span (a side day of a three-day round).
    private func within(_ new: Candidate, _ existing: Candidate) -> Bool {
        guard let date = new.start, let start = existing.start, let end = existing.end else { return false }
        return date.firstDay >= start.firstDay && date.lastDay <= end.lastDay
    }

    private func datesAgree(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.isWithin(b) || b.isWithin(a)
    }

    /// The committee's status comes from its most newsworthy mention: occurred, then planned, then background.
    private static let rank: [EventStatus: Int] = [.occurred: 3, .planned: 2, .referenced: 1]

    private func merged(_ existing: Candidate, _ new: Candidate) -> Candidate {
        var result = existing
        let upgrade: Bool
        switch existing.type {
        case .committee:
            upgrade = Self.rank[new.status]! > Self.rank[existing.status]!
        default:
            upgrade = !existing.isAnchored && new.isAnchored && (existing.start == nil || new.start != nil)
        }
        if upgrade {
            result.status = new.status
            result.start = new.start
            result.end = new.end
            result.isAnchored = true
            result.sentence = new.sentence
            result.trigger = new.trigger
            result.rule = new.rule
            if new.location != nil { result.location = new.location }
        }
        if result.start == nil, let start = new.start, !(existing.type == .committee && result.status == .planned) {
            result.start = start
            result.end = new.end
        } else if let start = new.start, let current = result.start, start.isWithin(current), start != current, result.status == new.status {
            result.start = start
            result.end = new.end ?? result.end
        } else if result.end == nil, new.end != nil, result.status == new.status, within(result, new) {
            // "on Friday" then "the March 7-8 talks": the span the round took.
            result.start = new.start
            result.end = new.end
        }
        if result.location == nil, result.status == new.status { result.location = new.location }
        if result.key.isEmpty { result.key = new.key }
        for person in new.people where !result.people.contains(person) { result.people.append(person) }
        return result
    }
}
