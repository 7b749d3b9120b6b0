import HiwarModel

/// Reads dialogue, committee and agreement mentions from a sentence's triggers, each with its own
/// parties, date, status and place.
struct EventReader: Sendable {
    let context: ArticleContext

    /// The rule of a numbered session of a joint body («الجولة الثانية من اجتماعات اللجنة», "the 20th meeting of the Commission").
    static let numberedSession = "numbered-committee-session"
    /// The rule of a joint body convening, which is a round of its talks too.
    static let convenedRule = "committee-convened"
    /// The rule of a session of a joint body named beside it («اجتماعات اللجنة العسكرية العليا»).
    static let sessionRule = "committee-session"
    /// The rules of a joint body's rounds, which may be told more than once.
    static let sessionRules: Set<String> = [numberedSession, convenedRule, sessionRule]

    func candidates(in sentence: SentenceAnalysis) -> [Candidate] {
        // A trigger inside an international body's name ("Gulf Cooperation Council") is that body, not an event.
        let forums = sentence.terms.filter { $0.term == .forum }
        let triggers = sentence.terms.filter { hit in
            guard case .trigger(let kind) = hit.term, !forums.contains(where: { $0.range.overlaps(hit.range) }) else { return false }
            return kind != .delegation && kind != .meeting
        }
        // Session words («جولة», «اجتماعات»), mechanisms and partnerships belong to the talks, body or text beside them:
        // they do not end a clause.
        // A summit ends a clause only where summits of three states are listed («القمة الثلاثية الأولى … ثم قمة ثالثة»).
        let boundaries = triggers.filter {
            $0.term != .trigger(.session) && $0.term != .trigger(.mechanism) && $0.term != .trigger(.partnership)
                && ($0.term != .trigger(.summit) || sentence.isMultilateral)
        }
        guard !sentence.tokens.contains(where: { Lexicon.cancellations.contains($0.text) }) else { return [] }
        var found: [Candidate] = []
        for hit in triggers {
            guard case .trigger(let kind) = hit.term else { continue }
            let previousEnd = boundaries.last { $0.range.upperBound <= hit.range.lowerBound }?.range.upperBound ?? sentence.range.lowerBound
            let nextStart = boundaries.first { $0.range.lowerBound >= hit.range.upperBound }?.range.lowerBound ?? sentence.range.upperBound
            let clause = Clause(sentence: sentence, trigger: hit.range, previousEnd: previousEnd, nextStart: nextStart)
            if clause.concernsNonStateActors { continue }
            switch kind {
            case .talks:
                // Talks held now by heads of state, or before a signing, are the meeting of those who hold them.
                if clause.cue == nil && (clause.isHeldByLeaders || clause.isBeforeSigning) { continue }
                // «مباحثات القمة», "summit talks": a summit of two leaders is their meeting.
                if clause.isSummitTalks && !clause.isMultilateral { continue }
                found += dialogue(clause, rule: "talks")
            case .summit:
                // A summit of three or more states is a round of their talks; a bilateral one is a meeting of leaders.
                found += dialogue(clause, rule: "summit").filter { $0.countries.count >= 3 }
            case .mechanism:
                continue
            case .session:
                found += session(clause, triggers: triggers)
            case .committee:
                found += committee(clause)
            case .agreement, .partnership:
                found += agreement(clause, isPartnership: kind == .partnership)
            case .delegation, .meeting:
                continue
            }
        }
        return Self.collapsed(found)
    }

    /// Two mentions of one event in a sentence («الجولة السابقة من الحوار … في تشرين الثاني 2022»): the undated one
    /// folds into the dated one of the same type, parties and status.
    /// Two agreements of one date in one sentence are one text told twice ("signed a defence cooperation agreement on
    /// Thursday …, the most significant security accord …").
    /// A body convening and its numbered session in one sentence («على أن تعقد اللجنة أول اجتماعاتها …», "co-chaired the
    /// 20th meeting of the Commission") are one round: a cue or date on the convening decides, else the numbered session
    /// stands (a round of its own).
    private static func collapsed(_ candidates: [Candidate]) -> [Candidate] {
        let roundRules = [numberedSession, convenedRule]
        let candidates = candidates.filter { candidate in
            guard candidate.type == .dialogue, roundRules.contains(candidate.rule) else { return true }
            let twins = candidates.filter {
                $0.type == .dialogue && $0.rule != candidate.rule && roundRules.contains($0.rule) && Set($0.countries) == Set(candidate.countries)
            }
            guard !twins.isEmpty else { return true }
            let conveningDecides = ([candidate] + twins).contains { $0.rule == convenedRule && $0.isAnchored }
            return (candidate.rule == convenedRule) == conveningDecides
        }
        var kept: [Candidate] = []
        for candidate in candidates {
            let twin = candidates.contains { other in
                other.type == candidate.type && Set(other.countries) == Set(candidate.countries)
                    && (other.start != nil && candidate.start == nil && other.status == candidate.status)
            }
            let repeated = candidate.type == .agreement && !candidate.isOther && kept.contains { other in
                other.type == .agreement && Set(other.countries) == Set(candidate.countries) && other.start != nil
                    && other.start == candidate.start && (other.key.isEmpty || candidate.key.isEmpty || other.key == candidate.key)
            }
            if !twin && !repeated { kept.append(candidate) }
        }
        return kept
    }

    // MARK: Dialogues

    private func dialogue(_ clause: Clause, rule: String) -> [Candidate] {
        guard context.isSecurity || clause.sentence.isSecurity else { return [] }
        guard !clause.hasNonSecurityModifier, !clause.sentence.isForumOnly, !clause.isMeans, !clause.isWithLeader,
              !clause.isPartOfMeeting else { return [] }
        guard !context.isForumNews || clause.statesNamingIt.count >= 2 else { return [] }
        guard let base = base(.dialogue, clause, rule: rule) else { return [] }
        return [base]
    }

    /// A session of a committee («اجتماعها المقبل», "its next meeting") is a round of talks, and so is a round
    /// of named talks («الجولة الثانية من الحوار»). Its date may stand beside the body's name rather than its own.
    private func session(_ clause: Clause, triggers: [TermHit]) -> [Candidate] {
        let committee = triggers.filter { $0.term == .trigger(.committee) || $0.term == .trigger(.mechanism) }
            .min { abs($0.range.lowerBound - clause.trigger.lowerBound) < abs($1.range.lowerBound - clause.trigger.lowerBound) }
        let isRound = clause.triggerWords.contains { Lexicon.roundWords.contains($0) }
            && triggers.contains { $0.term == .trigger(.talks) || $0.term == .trigger(.summit) }
        let bodyClause = committee.map { body in
            Clause(sentence: clause.sentence, trigger: body.range, previousEnd: clause.previousEnd,
                   nextStart: clause.nextStart == body.range.lowerBound ? clause.sentence.range.upperBound : clause.nextStart)
        }
        let ofJointBody = bodyClause.map { body in
            let isTheBody = body.modifierKey.isEmpty && body.isDefinite
            return abs(body.trigger.lowerBound - clause.trigger.lowerBound) < 60 && (body.isJoint || isTheBody) && !body.isDomesticBody
        } ?? false
        // "The next session would take place in Manila", «الاجتماع المقبل»: the next or previous round of the talks
        // or body the article is about, named in an earlier sentence.
        let isNextOrPrevious = clause.cue != nil && clause.isDefinite && context.isSecurity
        // A numbered session («توصيات الاجتماع الحادي عشر الذي عقد … عام 2022», "its fifth session") or one of both
        // sides' ministers or delegations («لاجتماع وزيري الداخلية الذي عقد في عمان في تموز 2024»), dated or marked.
        let isMarkedRound = (clause.isNumbered || clause.isOfBothSides) && context.isSecurity && (clause.cue != nil || clause.roundDate != nil)
        guard ofJointBody || isRound || isNextOrPrevious || isMarkedRound, !clause.isMinutes, !clause.sentence.isForumOnly else { return [] }
        let rule = ofJointBody ? Self.sessionRule : (isRound ? "round-of-talks" : "next-or-previous-round")
        guard var base = base(.dialogue, clause, rule: rule) else { return [] }
        // "Earlier in the day … co-chaired the 20th meeting of the … Commission": a numbered session of a joint body is a
        // round of its own, even undated, not a mention of the talks told before (`EventMerger`).
        if ofJointBody && clause.isNumbered {
            base.isAnchored = true
            base.rule = Self.numberedSession
        }
        if base.start == nil, let bodyClause {
            if let date = bodyClause.roundDate { adopt(date, into: &base) }
            base.location = base.location ?? bodyClause.place(context: context)
        }
        return [base]
    }

    // MARK: Committees

    private func committee(_ clause: Clause) -> [Candidate] {
        guard context.isSecurity || clause.sentence.isSecurity else { return [] }
        guard clause.isJoint, !clause.isDomesticBody, !clause.isPlural else { return [] }
        guard var base = base(.committee, clause, rule: "committee") else { return [] }
        base.key = clause.modifierKey
        let forming = clause.has(.formation)
        let convening = clause.has(.convening) || clause.hasSessionNearby
        if forming {
            if clause.cue == .planned || base.status == .planned {
                base.status = .planned
                base.start = nil
                base.end = nil
                base.rule = "committee-formed-planned"
            } else if base.start == nil {
                base.status = .occurred
            }
            base.isAnchored = true
            return [base]
        }
        if convening {
            // The body convening is a round of its talks too. When the clause gives no date, the body convening as
            // the sentence's subject is dated by the sentence («عقدت اللجنة …، المعنية بـ…، اجتماعها يوم …»).
            if base.start == nil, !clause.hasSessionNearby,
               let date = clause.sentence.dates.first(where: { $0.range.lowerBound >= clause.trigger.upperBound }) {
                adopt(date, into: &base)
            }
            var round = base
            round.type = .dialogue
            round.rule = Self.convenedRule
            round.key = ""
            // The body itself convening in the news is its most newsworthy mention; a session still to come
            // or long past leaves the body as background.
            if base.status != .occurred { base.status = .referenced }
            return [base, round]
        }
        // A mention with a date but no session word is an earlier session: the body and that round of talks.
        if base.status == .referenced, base.start != nil, !clause.has(.formation) {
            var round = base
            round.type = .dialogue
            round.rule = "committee-earlier-session"
            round.key = ""
            return [base, round]
        }
        if base.status == .occurred && !base.isAnchored { base.status = .referenced }
        return [base]
    }

    // MARK: Agreements

    private func agreement(_ clause: Clause, isPartnership: Bool) -> [Candidate] {
        guard !clause.sentence.mentionsMinutes else { return [] }
        guard clause.sentence.isSecurity || context.isSecurity else { return [] }
        let signing = clause.has(.signing)
        // "similar access agreements with Australia, in January 2022, and with Britain, in January 2023": one text with
        // each state listed, dated as listed.
        let listed = clause.listedPartners(context: context)
        if listed.count >= 2 {
            return listed.compactMap { partner in
                guard var base = base(.agreement, clause, rule: "agreements-listed") else { return nil }
                base.countries = [partner.subject, partner.state]
                base.start = partner.date.start
                base.end = partner.date.end
                base.isAnchored = true
                base.status = context.status(of: partner.date.start) ?? .referenced
                base.key = partner.state
                return base
            }
        }
        // "signed agreements worth $50.7 billion", «وقّع الجانبان 17 مذكرة تفاهم واتفاقية»: a batch signed in the news is
        // one event; texts named in the plural otherwise are no one text.
        if clause.isPlural && !(signing && clause.cue == nil) { return [] }
        if isPartnership && !signing { return [] }
        // «لوضع خطة تنفيذية»: a plan is a text only once signed.
        if !signing, let first = clause.triggerWords.first, ["خطه", "الخطه", "implementation"].contains(first) { return [] }
        guard var base = base(.agreement, clause, rule: isPartnership ? "partnership-signed" : "agreement") else { return [] }
        base.key = clause.modifierKey
        base.isOther = clause.isOtherText
        if clause.isBareReference && !signing && Set(base.countries) == Set(context.parties) {
            // "the pact", «الاتفاقية»: the text already read, whatever else the sentence dates.
            base.isAnchored = false
            base.start = nil
            base.end = nil
            base.status = .referenced
            return [base]
        }
        if clause.isBareReference, signing, let date = clause.date, date.range.upperBound <= clause.trigger.lowerBound {
            // «وصل يوم الاثنين …، ووقّع الاثنان الاتفاقية في ختام المباحثات»: "the agreement" signed is the text already
            // told; the day before it is another act's.
            base.start = nil
            base.end = nil
            base.isAnchored = false
            return [base]
        }
        if base.start == nil, signing, let date = clause.sentence.dates.first(where: { $0.range.lowerBound > clause.signingWord ?? Int.max }) {
            // "building on the Basic Exchange and Cooperation Agreement, a pact … that the two sides signed at the third
            // round of the dialogue in October 2020": the date of its signing, however far on.
            adopt(date, into: &base)
        }
        if !base.isAnchored {
            if signing {
                base.status = .occurred
            } else if base.status == .occurred {
                base.status = .referenced
            }
        } else if signing, base.status == .occurred {
            base.rule = "agreement-signed"
        } else if signing, base.status == .planned, clause.cue == nil {
            // "…, who takes office in October, signed the pact": a text signed in the news is not dated by a later
            // date in its sentence.
            base.status = .occurred
            base.start = nil
            base.end = nil
            base.rule = "agreement-signed"
        } else if !signing, base.status == .occurred {
            // Named in the news without being signed there: a text already in force.
            base.status = .referenced
        }
        if clause.isDual, signing, base.status == .occurred {
            // «وقّع الجانبان مذكرتي تفاهم، تتعلق الأولى … والثانية …»: two texts signed.
            var second = base
            second.isOther = true
            return [base, second]
        }
        return [base]
    }

    // MARK: Shared

    /// Dates an undated mention with a date read beside it; a date well before or after the news makes a mention
    /// that no word marked into background or a plan.
    private func adopt(_ date: DateMention, into base: inout Candidate) {
        base.start = date.start
        base.end = date.end
        base.isAnchored = true
        if let byDate = context.status(of: date.start), base.status == .occurred { base.status = byDate }
    }

    /// «وفي اليوم نفسه», "the same day", "The two then co-chaired …": the last day an earlier sentence gave.
    private func sameDay(as clause: Clause) -> DateMention? {
        let tokens = clause.sentence.tokens
        let says = zip(tokens, tokens.dropFirst()).contains { first, second in
            (first.text == "اليوم" && ["نفسه", "ذاته"].contains(second.text)) || (first.text == "same" && second.text == "day")
        } || zip(tokens.prefix(4), tokens.dropFirst()).contains { $0.text == "then" && $1.kind == .word }
        guard says, clause.sentence.index > 0 else { return nil }
        let earlier = context.sentences[..<min(clause.sentence.index, context.sentences.count)]
        guard let day = earlier.reversed().lazy.compactMap({ $0.dates.last { $0.start.precision == .day } }).first else { return nil }
        return DateMention(start: day.start, end: nil, range: clause.trigger, isRelative: true)
    }

    /// The fields every event reads the same way: parties, date, status, place. "This round" is the round already
    /// told, whatever the sentence goes on to date.
    private func base(_ type: EventType, _ clause: Clause, rule: String) -> Candidate? {
        var countries = clause.parties(context: context)
        // A round, and a body as it convenes, take the days the round spans; a text is dated by its own day.
        let convenes = type == .dialogue || (type == .committee && (clause.has(.convening) || clause.hasSessionNearby))
        let date = (convenes ? clause.roundDate.map(clause.span) : clause.date) ?? sameDay(as: clause) ?? clause.thenDate
        // An undated, unmarked mention («على هامش الحوار … وبحثا الأوضاع في السودان») is the news round: its states
        // are the article's parties, not a state the sentence goes on to discuss — unless two stand by its name
        // ("the U.S.-Japan Security Consultative Committee" in an article on Japan and Britain).
        if date == nil, clause.cue == nil, context.parties.count >= 2, !Set(countries).isDisjoint(with: context.parties),
           clause.statesBeside.union(clause.statesNamingIt).count < 2, !clause.isMultilateral {
            countries = context.parties
        }
        guard countries.count >= 2 else { return nil }
        if (clause.isDemonstrative || clause.isFrame || clause.isDatedByLaterEvent) && type == .dialogue {
            return Candidate(type: type, countries: countries, country: nil, start: nil, end: nil, status: .occurred, isAnchored: false,
                             location: nil, key: "", nameSpan: nil, people: [], sentence: clause.sentence.index,
                             trigger: clause.trigger, rule: rule)
        }
        var status = EventStatus.occurred
        var anchored = false
        if let cue = clause.cue {
            status = cue == .planned ? .planned : .referenced
            anchored = true
        }
        if let date {
            if let byDate = context.status(of: date.start) {
                if !(status == .referenced && byDate == .planned) { status = byDate }
            }
            anchored = true
        }
        if status == .planned, let date, context.status(of: date.start) == .referenced { status = .referenced }
        return Candidate(type: type, countries: countries, country: nil, start: date?.start, end: date?.end,
                         status: status, isAnchored: anchored, location: clause.place(context: context), key: "",
                         nameSpan: clause.nameSpan, people: [], sentence: clause.sentence.index, trigger: clause.trigger, rule: rule,
                         head: clause.triggerWords.last ?? "")
    }
}

extension SentenceAnalysis {
    /// Signing the minutes of a meeting («محضر») is not an agreement and not a session.
    var mentionsMinutes: Bool { tokens.contains { $0.text == "محضر" || $0.text == "minutes" } }
}
