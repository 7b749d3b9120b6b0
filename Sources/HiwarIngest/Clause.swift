import HiwarModel

/// The stretch of a sentence that belongs to one trigger: from the previous trigger to the next.
struct Clause: Sendable {
    let sentence: SentenceAnalysis
    let trigger: Range<Int>
    let previousEnd: Int
    let nextStart: Int

    private var triggerToken: Int { sentence.tokenIndex(at: trigger.lowerBound) ?? 0 }
    private var triggerEndToken: Int { sentence.tokenIndex(at: trigger.upperBound - 1) ?? triggerToken }

    /// A status word before the trigger (within its clause and a dozen words), or a post-modifier right after it.
    var cue: StatusCue? {
        let windowStart = sentence.tokens[max(0, triggerToken - 12)].range.lowerBound
        var nearest: (distance: Int, cue: StatusCue)?
        for hit in sentence.terms {
            guard case .status(let cue) = hit.term else { continue }
            if hit.range.upperBound <= trigger.lowerBound && hit.range.lowerBound >= max(previousEnd, windowStart) {
                let distance = trigger.lowerBound - hit.range.upperBound
                if nearest == nil || distance < nearest!.distance { nearest = (distance, cue) }
            }
        }
        if nearest?.cue == .neutral { return nil }
        let after = sentence.tokens.dropFirst(triggerEndToken + 1).prefix(3)
        for token in after where token.range.lowerBound < nextStart {
            if Lexicon.statusPostModifiers.contains(token.text) {
                return token.text.contains("سابق") ? .referenced : .planned
            }
        }
        // "an arrangement to be negotiated", "talks to be held".
        if after.map(\.text).starts(with: ["to", "be"]) { return .planned }
        return nearest?.cue
    }

    /// The date of the trigger: the first after it in its clause, else the nearest before it; a year alone
    /// gives way to a more precise date of that year in the clause.
    var date: DateMention? { date(among: sentence.dates) }

    /// The date of a round or of a body that convenes: as `date`, but never the year a body was founded in, told
    /// after it ("the council, a body set up in 2010", «اللجنة، التي تأسست عام 2014»).
    var roundDate: DateMention? { date(among: sentence.dates.filter { !isFounding($0) }) }

    private func isFounding(_ date: DateMention) -> Bool {
        guard let dateToken = sentence.tokenIndex(at: date.range.lowerBound), dateToken > triggerEndToken else { return false }
        // «الذي تأسس في الرياض في تشرين الأول 2017»: a place may stand between the verb and the date.
        let lower = sentence.tokens[max(triggerEndToken + 1, dateToken - 5)].range.lowerBound
        return sentence.terms.contains { $0.term == .action(.formation) && $0.range.lowerBound >= lower && $0.range.upperBound <= date.range.lowerBound }
    }

    private func date(among all: [DateMention]) -> DateMention? {
        let dates = all.filter { !isSinceOther($0) && !isUntil($0) }
        // «المباحثات تناولت … التمرين المشترك المقرر تنفيذه في الربيع المقبل»: "the talks", already told, as the subject
        // of a long sentence; a date far on belongs to what they discussed.
        let reach = isBareTalks ? sentence.tokens[min(sentence.tokens.count - 1, triggerEndToken + 8)].range.upperBound : nextStart
        let after = dates.first { $0.range.lowerBound >= trigger.upperBound && $0.range.lowerBound < min(nextStart, reach) }
        let before = dates.last { $0.range.upperBound <= trigger.lowerBound && $0.range.lowerBound >= previousEnd }
        guard let after else { return before }
        if after.start.precision == .year, let before, before.start.isWithin(after.start) { return before }
        if let before, isAttributive(before) { return before }
        return after
    }

    /// «ووقّع الرئيسان آنذاك إعلاناً مشتركاً», "signed at the time": the last date the sentence gave before the trigger.
    var thenDate: DateMention? {
        let near = sentence.tokens[max(0, triggerToken - 3)..<min(sentence.tokens.count, triggerEndToken + 3)]
        let saysThen = near.contains { ["انذاك", "حينها", "وقتها", "حينذاك"].contains($0.text) }
            || zip(near, near.dropFirst()).contains { $0.text == "at" && $1.text == "the" } && near.contains { $0.text == "time" }
        guard saysThen else { return nil }
        return sentence.dates.last { $0.range.upperBound <= trigger.lowerBound }
    }

    /// Whether the date ends a span of something else («زيارة … إلى غاية يوم غد الأربعاء», «تستمر حتى الخميس», "until
    /// Thursday"): never an event's start.
    private func isUntil(_ date: DateMention) -> Bool {
        guard let dateToken = sentence.tokenIndex(at: date.range.lowerBound) else { return false }
        return sentence.tokens[max(0, dateToken - 2)..<dateToken].contains { Lexicon.untilWords.contains($0.text) }
    }

    /// States listed after the trigger, each with its own date ("access agreements with Australia, in January 2022, and
    /// with Britain, in January 2023", "after Australia in January 2022 and Britain in January 2023"), and the state
    /// they share the texts with: a party named without a date, else the sentence's first state.
    func listedPartners(context: ArticleContext) -> [(subject: String, state: String, date: DateMention)] {
        let tokens = sentence.tokens
        var listed: [(state: String, date: DateMention)] = []
        var undated: [String] = []
        for mention in sentence.countries where mention.range.lowerBound >= trigger.upperBound {
            guard let at = sentence.tokenIndex(at: mention.range.lowerBound) else { continue }
            let window = tokens[at..<min(tokens.count, at + 5)]
            let end = window.last?.range.upperBound ?? mention.range.upperBound
            if let date = sentence.dates.first(where: { $0.range.lowerBound >= mention.range.upperBound && $0.range.lowerBound < end }),
               !listed.contains(where: { $0.date.range == date.range }) {
                listed.append((mention.code, date))
            } else {
                undated.append(mention.code)
            }
        }
        let states = Set(listed.map(\.state))
        guard listed.count >= 2, states.count == listed.count else { return [] }
        let others = sentence.countries.map(\.code).filter { !states.contains($0) }
        guard let subject = undated.first(where: context.parties.contains) ?? others.first(where: context.parties.contains) ?? others.first
        else { return [] }
        return listed.map { (subject, $0.state, $0.date) }
    }

    private var isBareTalks: Bool {
        isDefinite && triggerEndToken == triggerToken && sentence.terms.contains { $0.range == trigger && $0.term == .trigger(.talks) }
    }

    /// Whether the date only marks a "since", "after" or "before" of another act, with the trigger outside that phrase:
    /// «الأولى منذ سقوط النظام في الثامن من كانون الأول … عقد خلالها جولة مباحثات», «بعد سقوط نظام بشار الأسد في كانون
    /// الأول الماضي», «برامج … تنفذها البعثة منذ عام 2015». A text that "has guided relations since 1987", the date right
    /// after its name's clause, is still dated by it.
    private func isSinceOther(_ date: DateMention) -> Bool {
        guard let dateToken = sentence.tokenIndex(at: date.range.lowerBound) else { return false }
        let window = max(0, dateToken - 10)..<dateToken
        guard let since = window.last(where: { Lexicon.sinceWords.contains(sentence.tokens[$0].text) }),
              !(since..<dateToken).contains(triggerToken) else { return false }
        // "after Australia in January 2022": a state between is the trigger's other party, not another act.
        let between = sentence.tokens[since].range.upperBound..<date.range.lowerBound
        let another = dateToken - since > 2 && !sentence.countries.contains { between.contains($0.range.lowerBound) }
        guard ["منذ", "since"].contains(sentence.tokens[since].text) else { return another }
        return another || triggerEndToken > dateToken || since - triggerEndToken > 8
    }

    /// Whether a date stands inside the trigger's own phrase: "the 1998 Visiting Forces Agreement".
    private func isAttributive(_ date: DateMention) -> Bool {
        guard let end = sentence.tokenIndex(at: date.range.upperBound - 1) else { return false }
        guard end < triggerToken, !sentence.tokens[triggerToken].isArabic else { return false }
        let between = sentence.tokens[(end + 1)..<triggerToken]
        return (1...5).contains(between.count) && between.allSatisfy { $0.kind == .word && ($0.isCapitalized || between.count == 1) }
    }

    /// Whether an action word stands in the clause, however far before the trigger: a verb may open the sentence
    /// before a long subject and a date («وقّعت المملكة … يوم الجمعة 2 أكتوبر 2020 بالرباط، خارطة طريق»).
    func has(_ action: Action) -> Bool {
        let windowStart = previousEnd
        return sentence.terms.contains {
            $0.term == .action(action) && $0.range.lowerBound >= windowStart && $0.range.lowerBound < nextStart
        }
    }

    /// Where the first signing word after the trigger in its clause ends ("… a pact that the two sides signed …").
    var signingWord: Int? {
        sentence.terms.first {
            $0.term == .action(.signing) && $0.range.lowerBound >= trigger.upperBound && $0.range.lowerBound < nextStart
        }?.range.upperBound
    }

    /// Whether a session word («اجتماع», "meeting") stands near the trigger.
    var hasSessionNearby: Bool {
        sentence.terms.contains {
            $0.term == .trigger(.session) && abs($0.range.lowerBound - trigger.lowerBound) < 40
        }
    }

    /// Words around the trigger (four before, eight after).
    private var nearbyTokens: ArraySlice<Token> {
        sentence.tokens[max(0, triggerToken - 4)..<min(sentence.tokens.count, triggerEndToken + 9)]
    }

    /// Whether the body is joint: «مشتركة», "joint", «بين», two states beside it or acting in the sentence, or «البلدين».
    var isJoint: Bool {
        if nearbyTokens.contains(where: { Lexicon.jointMarkers.contains($0.text) }) { return true }
        if Set(sentence.countries.map(\.code)).count >= 2 { return true }
        if sentence.tokens.contains(where: { Lexicon.dyadAnaphors.contains($0.text) || Lexicon.pairNouns.contains($0.text) }) { return true }
        return statesBeside.count >= 2
    }

    /// The states named near the trigger, within the words `nearbyTokens` reaches.
    var statesBeside: Set<String> { states(in: nearbyTokens) }

    /// The states that qualify the trigger itself, right before or after it («U.S.-Japan Security Consultative Committee»,
    /// «اللجنة العراقية التركية»), not those of a phrase further on ("training for Ukrainian troops").
    var statesNamingIt: Set<String> {
        states(in: sentence.tokens[max(0, triggerToken - 5)..<min(sentence.tokens.count, triggerEndToken + 6)])
    }

    private func states(in tokens: ArraySlice<Token>) -> Set<String> {
        let lower = tokens.first?.range.lowerBound ?? trigger.lowerBound
        let upper = tokens.last?.range.upperBound ?? trigger.upperBound
        return Set(sentence.countries.filter { $0.range.upperBound > lower && $0.range.lowerBound < upper }.map(\.code))
    }

    /// The folded words of the trigger itself.
    var triggerWords: [String] { sentence.tokens[triggerToken...triggerEndToken].map(\.text) }

    /// Whether a word beside the trigger makes the talks sporting, cultural, economic or domestic.
    var hasNonSecurityModifier: Bool {
        let after = sentence.tokens.dropFirst(triggerEndToken + 1).prefix(3)
        let before = sentence.tokens[max(0, triggerToken - 2)..<triggerToken]
        return (after + before).contains { Lexicon.nonSecurityModifiers.contains($0.text) }
    }

    /// Whether a three-way format is named near the trigger («القمة الثلاثية», "trilateral talks").
    var isMultilateral: Bool { sentence.holds(.multilateral, in: nearbyTokens) }

    /// Whether the states named beside the trigger qualify federations, clubs or companies rather than governments.
    var concernsNonStateActors: Bool { sentence.holds(.nonState, in: nearbyTokens) }

    /// Whether the words beside the trigger make it a domestic or organising body.
    var isDomesticBody: Bool {
        nearbyTokens.contains { Lexicon.domesticBodyMarkers.contains($0.text) }
    }

    /// The first modifier of the trigger, folded and without the article: «الأمنية» in «اللجنة الأمنية العراقية»,
    /// "steering" in "joint steering committee"; empty for a bare «اللجنة» or "the committee".
    var modifierKey: String {
        let countryRanges = sentence.countries.map(\.range)
        func isCountry(_ token: Token) -> Bool { countryRanges.contains { $0.overlaps(token.range) } }
        if triggerEndToken > triggerToken {
            // A named phrase is its own key, without the clitic before it («لمجلس التعاون الاستراتيجي»).
            let first = sentence.tokens[triggerToken]
            let clitic = trigger.lowerBound - first.range.lowerBound
            let stem = String(String.UnicodeScalarView(first.text.unicodeScalars.dropFirst(clitic)))
            return ([stem] + sentence.tokens[(triggerToken + 1)...triggerEndToken].map(\.text)).joined(separator: " ")
        }
        let ignored: Set<String> = ["مشتركه", "المشتركه", "العليا", "عليا", "الثناييه", "joint", "the", "a", "an", "new", "high-level",
                                    "bilateral", "its", "their", "this", "that", "-", "level", "high", "first", "second"]
        let englishFunctionWords: Set<String> = ["alongside", "under", "with", "of", "in", "on", "to", "for", "by", "from", "and", "or",
                                                 "as", "at", "into", "towards", "toward", "about", "between", "said", "was", "is"]
        let head = sentence.tokens[triggerToken]
        if head.isArabic {
            // An adjective agrees with its noun: «اللجنة الأمنية», «لجنة فنية»; a verb after it («لجنة تتولى») is no name.
            for token in sentence.tokens.dropFirst(triggerEndToken + 1).prefix(3) {
                if token.kind != .word || NameReader.stopWords.contains(token.text) { break }
                if ignored.contains(token.text) || isCountry(token) { continue }
                if isDefinite {
                    guard token.text.hasPrefix("ال") else { break }
                    return String(token.text.dropFirst(2))
                }
                let isAdjective = !token.text.hasPrefix("ال") && (token.text.hasSuffix("يه") || token.text.hasSuffix("ي"))
                    && !token.text.hasPrefix("تت") && !token.text.hasPrefix("يت")
                return isAdjective ? token.text : ""
            }
            return ""
        }
        for token in sentence.tokens[..<triggerToken].reversed().prefix(3) {
            if token.kind != .word { break }
            if ignored.contains(token.text) || isCountry(token) { continue }
            let isTerm = sentence.terms.contains { token.range.contains($0.range.lowerBound) }
            return englishFunctionWords.contains(token.text) || isTerm ? "" : token.text
        }
        return ""
    }

    /// Whether the trigger word carries the article («اللجنة», «للجنة», "the committee"): a body already known.
    var isDefinite: Bool {
        let head = sentence.tokens[triggerToken]
        if head.isArabic { return ["ال", "لل", "وال", "بال", "فال", "كال", "ولل"].contains { head.text.hasPrefix($0) } }
        // "the session", "the next session", "its fifth session": a determiner up to two plain words before.
        for token in sentence.tokens[max(0, triggerToken - 3)..<triggerToken].reversed() {
            if ["the", "its", "their"].contains(token.text) { return true }
            if token.kind != .word || token.isCapitalized || ["a", "an"].contains(token.text) { return false }
        }
        return false
    }

    /// The trigger with the words that name it: the adjectives after an Arabic noun («اللجنة الأمنية العراقية السورية
    /// المشتركة»), the capitalised words before and after an English one ("Reciprocal Access Agreement", "Treaty on
    /// Defence and Security Cooperation").
    var nameSpan: Range<Int> {
        let tokens = sentence.tokens
        var first = triggerToken, last = triggerEndToken
        if tokens[triggerToken].isArabic {
            while last + 1 < tokens.count, last - triggerEndToken < 5, tokens[last + 1].kind == .word,
                  tokens[last + 1].text.hasPrefix("ال") || tokens[last + 1].text.hasSuffix("يه") || ["عليا", "مشتركه"].contains(tokens[last + 1].text) {
                last += 1
            }
        } else {
            // "Acquisition and Cross-Servicing Agreement": joining words count when a capitalised word stands before them.
            while first > 0, triggerToken - first < 7 {
                let previous = tokens[first - 1]
                if previous.isCapitalized && previous.kind == .word && !["the", "a", "an", "this", "that", "its"].contains(previous.text) {
                    first -= 1
                } else if first > 1, ["-", "and", "of"].contains(previous.text), tokens[first - 2].isCapitalized {
                    first -= 2
                } else {
                    break
                }
            }
            if tokens[triggerToken].isCapitalized {
                var end = last
                while end + 1 < tokens.count, end - last < 6,
                      tokens[end + 1].isCapitalized || ["on", "of", "and", "for", "the"].contains(tokens[end + 1].text) {
                    end += 1
                    if tokens[end].isCapitalized { last = end }
                }
            }
        }
        return tokens[first].range.lowerBound..<tokens[last].range.upperBound
    }

    /// Whether an ordinal numbers the session: after an Arabic trigger («الاجتماع الحادي عشر», «الدورة الخامسة») or
    /// «أول» before it, before an English one ("the fifth session", "its 11th meeting", "the inaugural round").
    var isNumbered: Bool {
        let tokens = sentence.tokens
        if tokens[triggerToken].isArabic {
            // «أول اجتماعاته»: "first" stands before the noun.
            return (triggerEndToken + 1 < tokens.count && Lexicon.ordinals.contains(tokens[triggerEndToken + 1].text))
                || (triggerToken > 0 && ["اول", "لاول"].contains(tokens[triggerToken - 1].text))
        }
        let before = tokens[max(0, triggerToken - 3)..<triggerToken]
        return before.contains { Lexicon.ordinals.contains($0.text) }
            || zip(before, before.dropFirst()).contains { $0.kind == .number && ["st", "nd", "rd", "th"].contains($1.text) }
    }

    /// Whether the session is named by both sides' officials in the dual («اجتماع وزيري الداخلية», «اجتماع وفدي البلدين»).
    var isOfBothSides: Bool {
        let tokens = sentence.tokens
        return triggerEndToken + 1 < tokens.count && ["وزيري", "وفدي", "رييسي", "قايدي"].contains(tokens[triggerEndToken + 1].text)
    }

    /// Whether the session is the one whose minutes are signed («محضر الاجتماع», "the minutes of the meeting"): not a
    /// round of its own.
    var isMinutes: Bool {
        let before = sentence.tokens[max(0, triggerToken - 3)..<triggerToken].map(\.text)
        return before.last == "محضر" || before.suffix(3).contains("minutes")
    }

    /// Whether a demonstrative points the trigger back at the event already told («هذه الجولة», "this round").
    var isDemonstrative: Bool {
        triggerToken > 0 && ["هذه", "هذا", "this", "that"].contains(sentence.tokens[triggerToken - 1].text)
    }

    /// Whether "the dialogue", named bare, is only the subject of a sentence whose date belongs to another event
    /// told after it ("The dialogue followed a White House meeting on Monday", «وجاء الحوار بعد لقاء … يوم الاثنين»).
    var isDatedByLaterEvent: Bool {
        guard isDefinite, triggerEndToken == triggerToken, let date, date.range.lowerBound >= trigger.upperBound else { return false }
        return sentence.terms.contains { hit in
            (hit.term == .trigger(.meeting) || hit.term == .trigger(.session))
                && hit.range.lowerBound >= trigger.upperBound && hit.range.upperBound <= date.range.lowerBound
        }
    }

    /// Whether the trigger frames another act («على هامش الحوار», "on the sidelines of the talks"): it points back at the
    /// round already told.
    var isFrame: Bool {
        var index = triggerToken - 1
        while index >= 0, ["of", "the"].contains(sentence.tokens[index].text) { index -= 1 }
        return index >= 0 && Lexicon.frames.contains(sentence.tokens[index].text)
    }

    /// Whether the talks are held with a head of state or government ("for talks with President Joe Biden", "held talks
    /// with Putin", «مباحثات مع الرئيس»): a leaders' meeting, not a round between governments' delegations.
    var isWithLeader: Bool {
        let tokens = sentence.tokens
        guard triggerEndToken + 1 < tokens.count, ["with", "مع"].contains(tokens[triggerEndToken + 1].text) else { return false }
        for token in tokens[(triggerEndToken + 2)..<min(tokens.count, triggerEndToken + 5)] {
            if let hit = sentence.terms.first(where: { token.range.contains($0.range.lowerBound) && $0.term.isOfficeOrTitle }) {
                if case .role(let role) = hit.term { return Lexicon.leaderRoles.contains(role) }
                continue
            }
            if token.kind == .word, let role = KnownPeople.entry(for: token.text)?.role { return Lexicon.leaderRoles.contains(role) }
            return false
        }
        return false
    }

    /// Whether heads of state or government hold the talks ("Erdogan and UAE President Sheikh Mohamed … held talks",
    /// "the two leaders", «الزعيمان»), and no minister beside them: a leaders' meeting, not a round between governments.
    var isHeldByLeaders: Bool {
        let tokens = sentence.tokens
        let clauseStart = sentence.tokenIndex(at: previousEnd) ?? 0
        var leaders = false
        for token in tokens[clauseStart..<triggerToken] {
            if Lexicon.leaderNouns.contains(token.text) { leaders = true }
            // «أمير البلاد»: «أمير» is both an honorific and the office; the office decides.
            if let hit = sentence.role(at: token), case .role(let role) = hit.term {
                guard Lexicon.leaderRoles.contains(role) else { return false }
                leaders = true
            } else if token.kind == .word, token.isCapitalized, let role = KnownPeople.entry(for: token.text)?.role {
                // An English name the table knows ("Erdogan"); an Arabic word is too often a place («عين الأسد»).
                guard Lexicon.leaderRoles.contains(role) else { return false }
                leaders = true
            }
        }
        return leaders
    }

    /// Whether the text is said to be another one ("also signed a separate maritime agreement", «مذكرة تفاهم أخرى»).
    var isOtherText: Bool {
        let tokens = sentence.tokens
        let before = tokens[max(0, triggerToken - 3)..<triggerToken]
        let after = tokens[min(tokens.count, triggerEndToken + 1)..<min(tokens.count, triggerEndToken + 3)]
        return before.contains { ["separate", "another", "second", "additional"].contains($0.text) }
            || after.contains { ["اخري", "منفصله", "ثانيه"].contains($0.text) }
    }

    /// Whether the talks are a summit's («مباحثات القمة التي جمعتهما», "summit talks").
    var isSummitTalks: Bool {
        let tokens = sentence.tokens
        return (triggerEndToken + 1 < tokens.count && tokens[triggerEndToken + 1].text == "القمه")
            || (triggerToken > 0 && tokens[triggerToken - 1].text == "summit")
    }

    /// Whether the talks only came before a signing the sentence reports ("signed the pact … after talks", "signed the
    /// framework … after the two men held talks", «وقّعا … عقب مباحثات»): the signatories' meeting, not a round.
    var isBeforeSigning: Bool {
        let tokens = sentence.tokens
        guard let after = tokens[max(0, triggerToken - 6)..<triggerToken].lastIndex(where: { ["after", "عقب", "بعد"].contains($0.text) })
        else { return false }
        return sentence.terms.contains { $0.term == .action(.signing) && $0.range.upperBound <= tokens[after].range.lowerBound }
    }

    /// Whether the talks are what a meeting told before them held: "Dutton met Rajnath Singh … for talks on defence
    /// industry", «استقبل الوزيرَ … وأجرى معه مباحثات»: the meeting, not a round of its own.
    var isPartOfMeeting: Bool {
        let tokens = sentence.tokens
        guard triggerToken > 0 else { return false }
        let metBefore = sentence.terms.contains { $0.term == .trigger(.meeting) && $0.range.upperBound <= trigger.lowerBound }
        guard metBefore else { return false }
        let before = tokens[max(0, triggerToken - 2)..<triggerToken].map(\.text)
        return before.last == "for" || before.contains { ["معه", "معها", "معهم"].contains($0) }
    }

    /// Whether dialogue is named as a means, not a round: "resolve differences through dialogue", «عبر الحوار»,
    /// «من خلال الحوار».
    var isMeans: Bool {
        guard triggerToken > 0 else { return false }
        let previous = sentence.tokens[triggerToken - 1].text
        if ["through", "via", "عبر"].contains(previous) { return true }
        return previous == "خلال" && triggerToken > 1 && sentence.tokens[triggerToken - 2].text == "من"
    }

    /// Whether the trigger names several bodies at once («اللجان», "committees"): no one body is meant.
    var isPlural: Bool {
        triggerWords.contains { ["لجان", "اللجان", "committees", "commissions", "agreements", "اتفاقيات", "الاتفاقيات"].contains($0) }
    }

    /// Whether the trigger names two texts in the Arabic dual («مذكرتي تفاهم», «اتفاقيتين»).
    var isDual: Bool {
        triggerWords.contains { ["مذكرتي", "مذكرتا", "مذكرتين", "اتفاقيتين", "اتفاقيتان", "اتفاقيتي"].contains($0) }
    }

    /// Whether the trigger refers back to a text or body already named: "the pact", "this agreement",
    /// «الاتفاقية» with no modifier of its own. A capitalised English trigger is a name ("the Treaty on …").
    var isBareReference: Bool {
        let token = sentence.tokens[triggerToken]
        if token.isArabic {
            return token.text.hasPrefix("ال") && triggerEndToken == triggerToken && modifierKey.isEmpty
        }
        if token.isCapitalized { return false }
        let before = sentence.tokens[max(0, triggerToken - 3)..<triggerToken]
        if before.contains(where: { $0.kind == .number }) { return false }
        // A capital that only opens the sentence ("Under the agreement") names nothing.
        let named = before.contains { token in
            token.isCapitalized && token.kind == .word && !["the", "this", "that", "its"].contains(token.text)
                && token.range.lowerBound != sentence.range.lowerBound
        }
        return before.contains { ["the", "this", "that", "its"].contains($0.text) } && !named
    }

    /// The parties: the actor states of the sentence, narrowed to the article's parties when the sentence
    /// names those and others, or the article's parties when the sentence names fewer than two.
    func parties(context: ArticleContext) -> [String] {
        let named = unique(sentence.countries.map(\.code))
        let parties = context.parties
        // "the two men joined U.S. Defense Secretary Lloyd Austin for a trilateral meeting": the pair and the third.
        if isMultilateral, parties.count == 2, case let joined = unique(parties + named), joined.count == 3 { return joined }
        if named.count >= 2 {
            if isMultilateral { return named }
            let listed = sentence.coordinatedStates
            if !listed.isEmpty && (parties.isEmpty || Set(parties).isSubset(of: listed)) { return listed }
            // "an agreement Baghdad reached with Washington" in a report on Britain and Iraq: the pair that names a text.
            let naming = statesNamingIt
            if naming.count == 2, !parties.isEmpty, !Set(parties).isSubset(of: naming), isTextTrigger {
                return named.filter(naming.contains)
            }
            if !parties.isEmpty && Set(parties).isSubset(of: named) { return parties }
            // "training for Ukrainian troops" beside one party: an adjective of a third state is not a party.
            let strangers = sentence.countries.filter { !parties.contains($0.code) }
            if parties.count >= 2, named.count == 2, strangers.count < named.count, strangers.allSatisfy({ isAdjective($0.range) }),
               statesNamingIt.count < 2 {
                return parties
            }
            // States only discussed («الأوضاع في سوريا وليبيا») are not parties unless two of them stand by the trigger.
            if parties.count >= 2, Set(named).isDisjoint(with: parties), statesBeside.count < 2 { return parties }
            if named.count == 2 { return named }
            if let pair = sentence.counterpartPair { return pair }
            let byDistance = sentence.countries.sorted {
                abs($0.range.lowerBound - trigger.lowerBound) < abs($1.range.lowerBound - trigger.lowerBound)
            }
            return Array(unique(byDistance.map(\.code)).prefix(2))
        }
        if named.count == 1 && !parties.contains(named[0]) {
            // "talks in Singapore": a city-state named as the place is no party.
            let isPlace = sentence.countries.contains { mention in sentence.places.contains { $0.range.overlaps(mention.range) } }
            if isPlace && parties.count >= 2 { return parties }
            return parties.count == 1 ? parties + named : []
        }
        return parties
    }

    /// Whether the trigger names a text (an agreement), not talks or a body.
    private var isTextTrigger: Bool {
        sentence.terms.contains { $0.range == trigger && $0.term == .trigger(.agreement) }
    }

    private func isAdjective(_ range: Range<Int>) -> Bool {
        sentence.terms.contains { hit in
            if case .country(_, .adjective) = hit.term { return hit.range == range }
            return false
        }
    }

    /// The place named in the clause.
    func place(context: ArticleContext) -> String? {
        let inClause = sentence.places.filter { $0.range.lowerBound >= previousEnd && $0.range.lowerBound < nextStart }
        return inClause.min { abs($0.range.lowerBound - trigger.lowerBound) < abs($1.range.lowerBound - trigger.lowerBound) }?.city
    }
}
