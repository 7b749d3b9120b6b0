import HiwarModel

/// Reads delegations with a named leader: «وفد … برئاسة», «ترأس الوفد العراقي …», «على رأس وفد»,
/// "the Australian delegation, which was led by …", "…, who led a Greek delegation".
struct DelegationReader: Sendable {
    let context: ArticleContext
    let original: [Unicode.Scalar]
    let text: FoldedText
    /// People named with their state anywhere in the article, by each word of their name.
    let known: [String: (nameOriginal: String, country: String, role: String?)]
    /// The first person the article names: whom «سموه», «جلالته» ("His Highness") stand for; their state when known.
    var lead: (reading: NameReader.Reading, country: String?)?

    /// A delegation found in a sentence: the sending state and its head.
    struct Found {
        var country: String
        var head: NameReader.Reading
        var trigger: Range<Int>
        var rule: String
    }

    func delegations(in sentence: SentenceAnalysis) -> [Found] {
        let names = NameReader(sentence: sentence, original: original, text: text)
        let tokens = sentence.tokens
        var found: [Found] = []
        for (index, token) in tokens.enumerated() where DelegationReader.anchors.contains(token.text) {
            switch token.text {
            case "برياسه", "بقياده", "وبرياسه":
                // «وفدا أميركيا برئاسة …»: the delegation word within eight words before.
                guard let delegation = delegationWord(before: index, in: sentence, within: 8),
                      let head = names.name(from: index + 1) else { continue }
                let country = adjective(in: sentence, from: delegation, to: index) ?? head.country ?? knownCountry(of: head)
                if let country { found.append(Found(country: country, head: head, trigger: tokens[delegation].range, rule: "delegation-headed-by")) }
            case "تراس" where followsRelative(index, in: tokens), "تراست" where followsRelative(index, in: tokens):
                // «… بدر البوسعيدي وزير الخارجية، الذي ترأس الجانب العماني»: the leader is the person named before.
                let sideIndex = index + 1
                if sideIndex < tokens.count, tokens[sideIndex].text == "الوفد" || tokens[sideIndex].text == "الجانب",
                   let country = adjective(in: sentence, from: sideIndex, to: min(tokens.count, sideIndex + 3)),
                   let person = personBefore(index - 1, in: sentence, names: names) {
                    found.append(Found(country: country, head: person.reading, trigger: tokens[sideIndex].range, rule: "delegation-led"))
                }
            case "تراس", "وتراس", "تراست", "وتراست", "يتراس", "ويتراس", "يراس", "ويراس":
                // «ترأس الوفد العراقي …», «ترأس فيه الوفدَ العراقي …» or «ترأس الملك عبد الله الثاني الوفد الأردني».
                let sideIndex = index + 1 < tokens.count && ["فيه", "فيها"].contains(tokens[index + 1].text) ? index + 2 : index + 1
                if let side = sideIndex < tokens.count ? tokens[sideIndex] : nil, side.text == "الوفد" || side.text == "الجانب",
                   let country = adjective(in: sentence, from: sideIndex, to: min(tokens.count, sideIndex + 3)),
                   let head = leader(from: sideIndex + 1, in: sentence, names: names) {
                    found.append(Found(country: country, head: head, trigger: side.range, rule: "delegation-led"))
                } else if index + 2 < tokens.count, Lexicon.pronounTitles.contains(tokens[index + 1].text),
                          ["الوفد", "الجانب", "وفد", "وفدا"].contains(tokens[index + 2].text), let lead {
                    // «ويترأس سموه وفداً رفيع المستوى»: the leader the article opened with.
                    if let country = adjective(in: sentence, from: index + 2, to: min(tokens.count, index + 5))
                        ?? lead.country ?? visitor(in: sentence) {
                        found.append(Found(country: country, head: lead.reading, trigger: tokens[index + 2].range, rule: "delegation-led"))
                    }
                } else if let head = names.name(from: index + 1), case let side = afterAside(head.endToken, in: tokens), side < tokens.count,
                          ["الوفد", "الجانب", "وفد"].contains(tokens[side].text),
                          let country = adjective(in: sentence, from: side, to: min(tokens.count, side + 3))
                            ?? ownCountry(after: side, of: head, in: sentence) {
                    // «وترأس الشيخ سالم، في أول زيارة له إلى العراق، الوفد الكويتي»: an aside may stand between.
                    found.append(Found(country: country, head: head, trigger: tokens[side].range, rule: "delegation-led"))
                }
            case "راس" where index > 0 && tokens[index - 1].text == "علي" && index + 1 < tokens.count
                && (tokens[index + 1].text.hasPrefix("وفد") || tokens[index + 1].text == "الوفد"),
                 "head" where index > 1 && tokens[index - 2].text == "at" && tokens[(index + 1)..<min(tokens.count, index + 6)].contains { $0.text == "delegation" }:
                // «… على رأس وفد», "… at the head of a delegation": the leader is the person named before.
                if let person = personBefore(index - 1, in: sentence, names: names) {
                    let country = adjective(in: sentence, from: index + 1, to: min(tokens.count, index + 5)) ?? person.country
                    found.append(Found(country: country, head: person.reading, trigger: tokens[index + 1].range, rule: "delegation-at-head"))
                }
            case "يرافقه", "ويرافقه", "يرافقها", "ويرافقها":
                // «وصل وزير الدفاع الإيطالي غويدو كروزيتو إلى بيروت …، يرافقه وفد يضم …»: the visitor leads the delegation.
                if index + 1 < tokens.count, tokens[index + 1].text.hasPrefix("وفد"), let person = personBefore(index, in: sentence, names: names) {
                    let country = adjective(in: sentence, from: index + 1, to: min(tokens.count, index + 3)) ?? person.country
                    found.append(Found(country: country, head: person.reading, trigger: tokens[index + 1].range, rule: "delegation-accompanying"))
                }
            case "عن" where index + 2 < tokens.count && tokens[index + 1].text == "الجانب"
                && tokens[..<index].contains(where: { $0.text == "برياسه" }):
                // «برئاسة وزير الخارجية فؤاد حسين عن الجانب العراقي، ووزير الخارجية أنتوني بلينكن عن الجانب الأميركي»
                if let country = adjective(in: sentence, from: index + 1, to: min(tokens.count, index + 3)),
                   let head = nameEnding(at: index, in: sentence, names: names) ?? nameOpening(before: index, in: sentence, names: names) {
                    found.append(Found(country: country, head: head, trigger: tokens[index + 1].range, rule: "delegation-side-headed-by"))
                }
            case "عن" where leadsSide(at: index, in: tokens), "وعن" where leadsSide(at: index, in: tokens):
                // «ترأسها عن الجانب القطري سعادة الدكتور محمد الخليفي …، وعن الجانب البريطاني اللورد طارق أحمد»: the leader
                // after the side.
                if let country = adjective(in: sentence, from: index + 1, to: min(tokens.count, index + 3)),
                   let head = names.name(from: index + 2) {
                    found.append(Found(country: country, head: head, trigger: tokens[index + 1].range, rule: "delegation-side-led"))
                }
            case "تراسه", "يتراسه", "يراسه", "تراسها", "يتراسها", "يراسها":
                // «الوفد الإسباني، الذي ترأسه رئيس أركان الدفاع …», «مع وفد مغربي ترأسه الجنرال …»: the delegation
                // word just before, the leader after.
                if let delegation = delegationWord(before: index, in: sentence, within: 4), let head = leader(from: index + 1, in: sentence, names: names),
                   let country = adjective(in: sentence, from: delegation, to: index) ?? head.country ?? knownCountry(of: head) {
                    found.append(Found(country: country, head: head, trigger: tokens[delegation].range, rule: "delegation-led"))
                }
            case "delegation", "side":
                found += englishDelegation(at: index, in: sentence, names: names)
            case "delegations":
                found += pairedDelegations(at: index, in: sentence, names: names)
            case "by":
                if let gapped = gappedDelegation(at: index, in: sentence, names: names) { found.append(gapped) }
            default:
                continue
            }
        }
        return found
    }

    private func englishDelegation(at index: Int, in sentence: SentenceAnalysis, names: NameReader) -> [Found] {
        let tokens = sentence.tokens
        // "a delegation led by Japan Football Association president Kozo Tashima": no state's delegation.
        if sentence.holds(.nonState, in: tokens[max(0, index - 6)..<min(tokens.count, index + 9)]) { return [] }
        let leading = max(0, index - 6)
        let before = tokens[leading..<index]
        let country = adjective(in: sentence, from: leading, to: index)
        // "… delegation (, which) was led by Foreign Minister Retno Marsudi", "… and the U.S. delegation by Kurt Campbell"
        let after = tokens[(index + 1)..<min(tokens.count, index + 6)]
        let ledInSentence = tokens.contains { DelegationReader.leadVerbs.contains($0.text) }
        if let by = after.firstIndex(where: { $0.text == "by" }),
           after[..<by].contains(where: { DelegationReader.leadVerbs.contains($0.text) }) || (by == index + 1 && ledInSentence),
           let head = names.name(from: by + 1) {
            if let code = country ?? head.country ?? knownCountry(of: head) {
                return [Found(country: code, head: head, trigger: tokens[index].range, rule: "delegation-led-by")]
            }
        }
        // "Prime Minister Kyriakos Mitsotakis, who led a Greek delegation" / "Blinken led the U.S. side"
        // "Defence Minister Rajnath Singh led his country's delegation": the leader's own state.
        if let verb = before.lastIndex(where: { DelegationReader.leadVerbs.contains($0.text) }) {
            var end = verb
            while end > 0 && ["is", "was", "has", "had", "been"].contains(tokens[end - 1].text) { end -= 1 }
            if end > 0 && tokens[end - 1].text == "who" { end -= 1 }
            if end > 0 && tokens[end - 1].text == "," { end -= 1 }
            var start = end - 1
            while start > 0 && (tokens[start - 1].isCapitalized || NameReader.nameParticles.contains(tokens[start - 1].text)) && end - start < 4 {
                start -= 1
            }
            if start >= 0, start < end, tokens[start].isCapitalized, let head = names.name(from: start), head.endToken <= end,
               let code = country ?? head.country ?? knownCountry(of: head) ?? officeCountry(before: start, in: sentence) {
                return [Found(country: code, head: head, trigger: tokens[index].range, rule: "delegation-led-by")]
            }
        }
        // "with Singh leading the Indian side and Shoigu the Russian side": a second side, its verb gapped.
        if ledInSentence, let the = before.lastIndex(where: { $0.text == "the" }), the > 1,
           let own = adjective(in: sentence, from: the + 1, to: index),
           let start = (max(0, the - 3)..<the).first(where: { $0 > 0 && tokens[$0 - 1].text == "and" && tokens[$0].isCapitalized }),
           tokens[..<start].contains(where: { DelegationReader.leadVerbs.contains($0.text) }),
           let head = names.name(from: start), head.endToken <= the {
            return [Found(country: own, head: head, trigger: tokens[index].range, rule: "delegation-led-by")]
        }
        return []
    }

    /// "Singh and Shoigu, heading their countries' delegations": each leads their own state's.
    private func pairedDelegations(at index: Int, in sentence: SentenceAnalysis, names: NameReader) -> [Found] {
        let tokens = sentence.tokens
        guard index >= 6, tokens[index - 1].text == "'" || tokens[index - 1].text == "’", tokens[index - 2].text == "countries",
              tokens[index - 3].text == "their", DelegationReader.leadVerbs.contains(tokens[index - 4].text), tokens[index - 5].text == "," else { return [] }
        let end = index - 5
        guard let and = (max(0, end - 4)..<end).last(where: { tokens[$0].text == "and" }), and > 0,
              let second = names.name(from: and + 1), second.endToken <= end else { return [] }
        let firstStart = (max(0, and - 3)..<and).first { tokens[$0].isCapitalized && (tokens[$0..<and].allSatisfy(\.isCapitalized)) }
        guard let firstStart, let first = names.name(from: firstStart), first.endToken <= and else { return [] }
        return [first, second].compactMap { head in
            (head.country ?? knownCountry(of: head)).map { Found(country: $0, head: head, trigger: tokens[index].range, rule: "delegation-led") }
        }
    }

    /// The state of the office just before a name: "Indian Defence Minister Rajnath Singh".
    private func officeCountry(before start: Int, in sentence: SentenceAnalysis) -> String? {
        adjective(in: sentence, from: max(0, start - 4), to: start)
    }

    /// "… and Finland's by Jukka Salovaara": a second delegation named by its state alone, after a first "led by".
    private func gappedDelegation(at index: Int, in sentence: SentenceAnalysis, names: NameReader) -> Found? {
        let tokens = sentence.tokens
        guard index > 0, tokens.contains(where: { $0.text == "delegation" }),
              tokens[..<index].contains(where: { DelegationReader.leadVerbs.contains($0.text) }),
              let country = adjective(in: sentence, from: index - 1, to: index),
              let head = names.name(from: index + 1) else { return nil }
        return Found(country: country, head: head, trigger: tokens[index - 1].range, rule: "delegation-led-by")
    }

    static let leadVerbs: Set<String> = ["led", "headed", "chaired", "leading", "heading"]

    /// «ترأسها عن الجانب القطري …، وعن الجانب البريطاني …»: a side after a leading verb with no «برئاسة» before it.
    private func leadsSide(at index: Int, in tokens: [Token]) -> Bool {
        index + 2 < tokens.count && tokens[index + 1].text == "الجانب" && !tokens[..<index].contains { $0.text == "برياسه" }
            && tokens[..<index].contains { ["تراسها", "تراسه", "وتراسها", "تراس", "وتراس", "تراست", "وتراست"].contains($0.text) }
    }

    /// «… الذي ترأس الجانب العماني»: the relative clause of a person named before, not «الذي ترأس فيه الوفد …», where
    /// the relative stands for the meeting and the leader follows.
    private func followsRelative(_ index: Int, in tokens: [Token]) -> Bool {
        index > 1 && ["الذي", "التي"].contains(tokens[index - 1].text)
            && !(index + 1 < tokens.count && ["فيه", "فيها"].contains(tokens[index + 1].text))
    }

    /// The token after an aside set off by commas at `index` («، في أول زيارة له إلى العراق منذ توليه منصبه،»), or
    /// `index` when none stands there.
    private func afterAside(_ index: Int, in tokens: [Token]) -> Int {
        guard index < tokens.count, tokens[index].text == "," else { return index }
        let limit = min(tokens.count, index + 14)
        guard let close = tokens[(index + 1)..<limit].firstIndex(where: { $0.text == "," }) else { return index }
        return close + 1
    }

    /// «في أول زيارة رسمية له إلى الهند», "on his first visit to India": between two parties, a visitor comes from
    /// the one not visited.
    private func visitor(in sentence: SentenceAnalysis) -> String? {
        let parties = context.parties
        guard parties.count == 2 else { return nil }
        for mention in sentence.countries where parties.contains(mention.code) {
            guard let index = sentence.tokenIndex(at: mention.range.lowerBound), index > 0,
                  ["الي", "to"].contains(sentence.tokens[index - 1].text) else { continue }
            return parties.first { $0 != mention.code }
        }
        return nil
    }

    /// The words the patterns below start from; one hash lookup a token instead of a string comparison a pattern.
    static let anchors: Set<String> = [
        "برياسه", "بقياده", "وبرياسه", "تراس", "وتراس", "تراست", "وتراست", "يتراس", "ويتراس", "يراس", "ويراس", "راس", "عن", "delegation", "side", "by", "head",
        "تراسه", "يتراسه", "يراسه", "تراسها", "يتراسها", "يراسها", "وعن", "يرافقه", "ويرافقه", "يرافقها", "ويرافقها", "delegations",
    ]

    /// The leader named from `index` on, past the side's state and a setting («ترأس الجانب العراقي في المباحثات …»);
    /// or a family name the article already gave in full («الوفد السوري، الذي ترأسه الشيباني», «الوزير الشمري»).
    private func leader(from index: Int, in sentence: SentenceAnalysis, names: NameReader) -> NameReader.Reading? {
        if let reading = names.name(from: index) { return reading }
        let tokens = sentence.tokens
        let window = index..<min(tokens.count - 2, index + 3)
        if let setting = window.first(where: { ["في", "خلال", "in", "at"].contains(tokens[$0].text) && isSessionOrTalks(tokens[$0 + 1], in: sentence) }) {
            // «ترأس الجانب السعودي في اجتماع المجلس سمو ولي العهد»: the session's own word may come before the leader, who
            // may be named by office alone.
            for start in (setting + 2)..<min(tokens.count, setting + 5) {
                if let reading = names.name(from: start) { return reading }
                if let office = sentence.role(at: tokens[start]), let holder = officeHolder(office, in: sentence) {
                    return holder.reading
                }
            }
        }
        // «الوزير الشمري», «الصفدي»: the first word the article already named someone by, before any punctuation.
        for position in index..<min(tokens.count, index + 6) {
            if tokens[position].kind == .punctuation { break }
            if let person = known[tokens[position].text] {
                return NameReader.Reading(nameOriginal: person.nameOriginal, role: person.role, country: person.country,
                                          endToken: position + 1, startToken: position)
            }
        }
        return nil
    }

    private func isSessionOrTalks(_ token: Token, in sentence: SentenceAnalysis) -> Bool {
        sentence.terms.contains { hit in
            token.range.contains(hit.range.lowerBound) && (hit.term == .trigger(.talks) || hit.term == .trigger(.session))
        }
    }

    /// The index of «وفد»/«الوفد» or "delegation" within `within` words before `index`.
    private func delegationWord(before index: Int, in sentence: SentenceAnalysis, within: Int) -> Int? {
        (max(0, index - within)..<index).reversed().first { position in
            sentence.terms.contains { $0.term == .trigger(.delegation) && sentence.tokens[position].range.contains($0.range.lowerBound) }
        }
    }

    /// The first state named as an adjective or a name («أميركيا», «من جمهورية العراق», "Australian") among the tokens.
    private func adjective(in sentence: SentenceAnalysis, from: Int, to: Int) -> String? {
        guard from < to, to <= sentence.tokens.count else { return nil }
        let lower = sentence.tokens[from].range.lowerBound, upper = sentence.tokens[to - 1].range.upperBound
        return sentence.countries.first { $0.range.lowerBound >= lower && $0.range.upperBound <= upper }?.code
    }

    private func lastWord(_ reading: NameReader.Reading) -> String {
        DelegationReader.key(of: reading.nameOriginal)
    }

    /// «ترأس أناستاسيادس وفد بلاده»: "his country's delegation" is the leader's own state.
    private func ownCountry(after index: Int, of head: NameReader.Reading, in sentence: SentenceAnalysis) -> String? {
        guard index + 1 < sentence.tokens.count, ["بلاده", "بلادها", "his", "her"].contains(sentence.tokens[index + 1].text) else { return nil }
        return head.country ?? knownCountry(of: head)
    }

    /// The state of a person met earlier in the article, or of an office-holder the table knows.
    private func knownCountry(of reading: NameReader.Reading) -> String? {
        known[lastWord(reading)]?.country ?? KnownPeople.entry(for: reading.nameOriginal)?.country
    }

    /// A leader named by one word («سالم», "Shin") as the article named them in full earlier («سالم عبدالله الجابر
    /// الصباح», "Shin Won-sik"); the name itself otherwise.
    static func fullName(_ name: String, known: [String: (nameOriginal: String, country: String, role: String?)]) -> String {
        let word = TextFolding.fold(name)
        guard !word.contains(" ") else { return name }
        let fuller = known.values.map(\.nameOriginal).filter { full in
            full != name && TextFolding.fold(full).split(separator: " ").contains { $0 == word }
        }
        // The longest such name, and of equals the first in order: the same answer whatever the dictionary's order.
        return fuller.min { $0.count != $1.count ? $0.count > $1.count : $0 < $1 } ?? name
    }

    /// The word a person is found by in later mentions: the family name, folded («السيسي», "austin").
    static func key(of nameOriginal: String) -> String {
        TextFolding.fold(nameOriginal).split(separator: " ").last.map(String.init) ?? ""
    }

    /// The person named before `index`: a name already known from the article (found by family name), or the
    /// name after the nearest office or title, with the state it is known by («أمين المجلس … علي شمخاني، الذي وصل …»).
    private func personBefore(_ index: Int, in sentence: SentenceAnalysis, names: NameReader)
        -> (reading: NameReader.Reading, country: String)? {
        let tokens = sentence.tokens
        for position in stride(from: index - 1, through: max(0, index - 12), by: -1) {
            let word = tokens[position]
            if Lexicon.pronounTitles.contains(word.text), let lead, let country = lead.country ?? visitor(in: sentence) {
                return (lead.reading, country)
            }
            if let person = known[word.text] {
                let reading = NameReader.Reading(nameOriginal: person.nameOriginal, role: person.role, country: person.country,
                                                 endToken: position + 1, startToken: position)
                return (reading, person.country)
            }
            // A surname the table of office-holders knows («السيسي»), written as in the article; not the verb «ترأس».
            if word.kind == .word, word.range.count > 3, !DelegationReader.anchors.contains(word.text),
               let entry = KnownPeople.entry(for: names.originalText(word.range)) {
                let reading = NameReader.Reading(nameOriginal: entry.arabic.first ?? entry.english, role: entry.role,
                                                 country: entry.country, endToken: position + 1, startToken: position)
                return (reading, entry.country)
            }
        }
        let offices = sentence.terms.filter { hit in
            hit.range.upperBound <= tokens[index].range.lowerBound && hit.term.isOfficeOrTitle
        }
        for office in offices.reversed().prefix(3) {
            guard let start = sentence.tokenIndex(at: office.range.lowerBound),
                  let reading = names.name(from: start), reading.endToken <= index else { continue }
            if let country = reading.country ?? knownCountry(of: reading) ?? sideBefore(start, in: sentence) {
                return (reading, country)
            }
        }
        return offices.last.flatMap { officeHolder($0, in: sentence) }
    }

    /// The person an office without a name stands for («سمو ولي العهد … على رأس وفد», "the defence minister"): one
    /// the article named earlier in that office, or the leader it opened with when an honorific marks the office.
    private func officeHolder(_ office: TermHit, in sentence: SentenceAnalysis) -> (reading: NameReader.Reading, country: String)? {
        guard let start = sentence.tokenIndex(at: office.range.lowerBound) else { return nil }
        let end = (sentence.tokenIndex(at: office.range.upperBound - 1) ?? start) + 1
        let stated = adjective(in: sentence, from: end, to: min(sentence.tokens.count, end + 2))
        if case .role(let role) = office.term,
           let person = known.values.filter({ $0.role == role && (stated == nil || $0.country == stated) })
               .min(by: { $0.nameOriginal < $1.nameOriginal }) {
            return (NameReader.Reading(nameOriginal: person.nameOriginal, role: role, country: person.country, endToken: end, startToken: start),
                    person.country)
        }
        let honoured = start > 0 && Lexicon.honorifics.contains(sentence.tokens[start - 1].text)
        guard honoured, let lead, let country = stated ?? lead.country ?? visitor(in: sentence) else { return nil }
        return (lead.reading, country)
    }

    /// The name that ends right before token `end`, read from the nearest office before it.
    private func nameEnding(at end: Int, in sentence: SentenceAnalysis, names: NameReader) -> NameReader.Reading? {
        for start in stride(from: end - 1, through: max(0, end - 10), by: -1) {
            if let reading = names.name(from: start), reading.endToken == end, reading.startToken > start || start == end - 1 {
                return reading
            }
        }
        return nil
    }

    /// The name that opens the stretch before token `end`, from «برئاسة» or the comma before it, when an office follows
    /// the name («برئاسة سعادة مطر الظاهري وكيل وزارة الدفاع عن الجانب الإماراتي»).
    private func nameOpening(before end: Int, in sentence: SentenceAnalysis, names: NameReader) -> NameReader.Reading? {
        let start = (sentence.tokens[..<end].lastIndex { $0.text == "," || $0.text == "برياسه" || $0.text == "وبرياسه" } ?? -1) + 1
        guard let reading = names.name(from: start), reading.endToken <= end else { return nil }
        return reading
    }

    /// The state of «عن الجانب العراقي» standing before token `index`.
    private func sideBefore(_ index: Int, in sentence: SentenceAnalysis) -> String? {
        let tokens = sentence.tokens
        guard let side = tokens[..<index].lastIndex(where: { $0.text == "الجانب" }) else { return nil }
        return adjective(in: sentence, from: side, to: min(tokens.count, side + 3))
    }

    /// The first person the opening sentences name after a title or office, with the state they are known by when it
    /// is known (a later person is not who «سموه» stands for).
    static func leadPerson(in sentences: [SentenceAnalysis], original: [Unicode.Scalar], text: FoldedText)
        -> (reading: NameReader.Reading, country: String?)? {
        for sentence in sentences.prefix(2) {
            let names = NameReader(sentence: sentence, original: original, text: text)
            for hit in sentence.terms where hit.term.isOfficeOrTitle {
                guard let start = sentence.tokenIndex(at: hit.range.lowerBound), let reading = names.name(from: start) else { continue }
                return (reading, reading.country ?? KnownPeople.entry(for: reading.nameOriginal)?.country)
            }
        }
        return nil
    }

    /// People named after an office with their state («الرئيس المصري عبد الفتاح السيسي», "US Secretary of Defense
    /// Lloyd Austin"), keyed by family name, for later mentions.
    static func knownPeople(in sentences: [SentenceAnalysis], original: [Unicode.Scalar], text: FoldedText, parties: [String] = [])
        -> [String: (nameOriginal: String, country: String, role: String?)] {
        var people: [String: (nameOriginal: String, country: String, role: String?)] = [:]
        for sentence in sentences {
            let names = NameReader(sentence: sentence, original: original, text: text)
            for hit in sentence.terms {
                guard case .role = hit.term, let start = sentence.tokenIndex(at: hit.range.lowerBound) else { continue }
                guard let reading = names.name(from: start),
                      let country = reading.country ?? adjectiveBefore(start, in: sentence)
                        ?? counterpartsOther(after: reading.endToken, in: sentence, parties: parties) else { continue }
                let key = key(of: reading.nameOriginal)
                people[key] = people[key] ?? (reading.nameOriginal, country, reading.role)
            }
        }
        return people
    }

    /// «وزير الداخلية … الشمري ونظيره الأردني»: a minister whose counterpart's state follows is of the other party.
    private static func counterpartsOther(after end: Int, in sentence: SentenceAnalysis, parties: [String]) -> String? {
        let tokens = sentence.tokens
        guard parties.count == 2, end + 1 < tokens.count, Lexicon.counterparts.contains(tokens[end].text),
              let theirs = sentence.countries.first(where: { tokens[end + 1].range.contains($0.range.lowerBound) })?.code,
              parties.contains(theirs) else { return nil }
        return parties.first { $0 != theirs }
    }

    private static func adjectiveBefore(_ index: Int, in sentence: SentenceAnalysis) -> String? {
        guard index > 0 else { return nil }
        let previous = sentence.tokens[index - 1].range
        return sentence.countries.first { $0.range.overlaps(previous) }?.code
    }
}
