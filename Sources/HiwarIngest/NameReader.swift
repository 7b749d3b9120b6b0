import HiwarModel

/// Reads a person's name (and the office before it) from the tokens at a position, skipping titles,
/// ranks and the qualifiers of an office («لشؤون الشرق الأوسط», "for the Middle East").
struct NameReader: Sendable {
    let sentence: SentenceAnalysis
    let original: [Unicode.Scalar]
    let text: FoldedText

    /// A name read from the tokens, with its original spelling and the office found before or right after it.
    struct Reading {
        var nameOriginal: String
        var role: String?
        /// State named beside the office («وزير الدفاع الأميركي», "Australian Foreign Minister").
        var country: String?
        /// Token index just past the name.
        var endToken: Int
        var startToken: Int
    }

    /// Reads the first name at or after token `start`, skipping at most a dozen words of office and title.
    func name(from start: Int) -> Reading? {
        var index = start
        var role: String?
        var country: String?
        var skipped = 0
        // Whether words other than office, title and state stood between (a day, a place): an office after them is
        // another person's («استقبل ولي العهد السعودي أمس في الرياض رئيس وزراء باكستان …»).
        var interrupted = false
        while index < sentence.tokens.count && skipped < 14 {
            let token = sentence.tokens[index]
            // «الرئيس التركي قد وصل», "the minister, who arrived": a clause begins, no name follows the office.
            if NameReader.clauseOpeners.contains(token.text) { return nil }
            if let hit = term(at: token) {
                switch hit.term {
                case .role(let name):
                    if role != nil && interrupted { return nil }
                    role = role ?? name
                    index = lastToken(of: hit) + 1
                    skipped += 1
                    continue
                case .title:
                    index = lastToken(of: hit) + 1
                    skipped += 1
                    continue
                case .country(let code, let form) where form != .capital:
                    // «رئيس وزراء جمهورية باكستان الإسلامية محمد شهباز شريف»: the office's state, by adjective or name.
                    country = country ?? code
                    index = lastToken(of: hit) + 1
                    skipped += 1
                    continue
                case .country(_, .capital) where index > start:
                    // «السفير في بغداد محمد …»: the post's place belongs to the office.
                    index = lastToken(of: hit) + 1
                    skipped += 1
                    interrupted = true
                    continue
                default:
                    break
                }
            }
            if isNameStart(token) { break }
            // «مدير المصلحة الفيدرالية للتعاون العسكري التقني، ديمتري شوغاييف»: a long office set off by a comma.
            if token.text == ",", skipped > 0, index + 1 < sentence.tokens.count,
               (role != nil && isNameStart(sentence.tokens[index + 1])) || term(at: sentence.tokens[index + 1])?.term == .title {
                index += 1
                skipped += 1
                continue
            }
            if token.kind == .punctuation && token.text != "-" && token.text != "(" { return nil }
            if !isSkippable(token) && !NameReader.stopWords.contains(token.text) { return nil }
            if NameReader.interruptions.contains(token.text) { interrupted = true }
            index += 1
            skipped += 1
        }
        guard index < sentence.tokens.count, isNameStart(sentence.tokens[index]) else { return nil }
        let first = index
        var words: [Token] = []
        // Five words, or seven when «بن»/"bin" links them («عبدالعزيز بن سعود بن نايف بن عبدالعزيز»).
        while index < sentence.tokens.count && words.count < (words.contains { NameReader.linkingParticles.contains($0.text) } ? 7 : 5) {
            let token = sentence.tokens[index]
            if !words.isEmpty, !token.isArabic, token.text == "-", index + 1 < sentence.tokens.count,
               sentence.tokens[index + 1].kind == .word, sentence.tokens[index + 1].range.lowerBound == token.range.upperBound {
                // "Kim Tae-hyo": a hyphen joins the parts of one name.
                words.append(sentence.tokens[index + 1])
                index += 2
                continue
            }
            // «عبد الأمير», «عبد الله»: «عبد» takes the word after it, title or not.
            if words.isEmpty || isNamePart(token) || (words.last?.text == "عبد" && token.kind == .word) {
                words.append(token)
                index += 1
            } else {
                break
            }
        }
        guard !words.isEmpty else { return nil }
        if role == nil || country == nil, index < sentence.tokens.count {
            // An office after the name («دانا سترول نائبة مساعد وزير الدفاع الأميركي»).
            var after = index
            if sentence.tokens[after].text == "," { after += 1 }
            // «… السيسي ورئيس الوزراء اليوناني …»: an office joined by «و» or "and" is the next person's.
            if after < sentence.tokens.count, let hit = term(at: sentence.tokens[after]), case .role(let name) = hit.term,
               !hit.prefix.hasPrefix("و"), sentence.tokens[after].text != "and" {
                role = role ?? name
                if country == nil { country = state(of: hit) }
            }
        }
        let range = words.first!.range.lowerBound..<words.last!.range.upperBound
        return Reading(nameOriginal: originalText(range), role: role, country: country, endToken: index, startToken: first)
    }

    /// The state of an office after a name, by adjective or name, overlapping it or in the four words after it
    /// («رئيس الجمهورية التركية», «أمير دولة قطر», "Minister of Defence of Japan"); a state after a second office joined
    /// by «و» is that office's («ولي العهد ووزير الدفاع البريطاني»).
    private func state(of office: TermHit) -> String? {
        let tokens = sentence.tokens
        let roleEnd = lastToken(of: office) + 1
        let window = tokens[min(tokens.count, roleEnd)..<min(tokens.count, roleEnd + 4)]
        let stop = window.first { token in
            token.kind == .punctuation || token.text == "and"
                || term(at: token).map { $0.term.isOfficeOrTitle && $0.prefix.hasPrefix("و") } == true
        }?.range.lowerBound ?? window.last?.range.upperBound ?? office.range.upperBound
        for hit in sentence.terms where hit.range.lowerBound >= office.range.lowerBound && hit.range.lowerBound < stop {
            if case .country(let code, let form) = hit.term, form != .capital { return code }
        }
        return nil
    }

    /// The original text of a folded range, trimmed.
    func originalText(_ range: Range<Int>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: original[text.originalRange(range)])
        return String(scalars)
    }

    private func term(at token: Token) -> TermHit? {
        sentence.terms.filter {
            $0.range.lowerBound >= token.range.lowerBound && $0.range.lowerBound < token.range.upperBound
                && ($0.term.isOfficeOrTitle || $0.term.termClass == .country)
        }.max { $0.range.count < $1.range.count }
    }

    private func lastToken(of hit: TermHit) -> Int {
        sentence.tokens.lastIndex { $0.range.lowerBound < hit.range.upperBound } ?? 0
    }

    /// Office qualifiers and the nouns of an office's name: words with the article, «لشؤون», «مكتب» …
    private func isSkippable(_ token: Token) -> Bool {
        if token.isArabic {
            return token.text.hasPrefix("ال") || token.text.hasPrefix("لل") || token.text.hasPrefix("لشوون") || token.text.hasPrefix("وال")
                || NameReader.officeNouns.contains(token.text)
        }
        return !token.isCapitalized || NameReader.officeNouns.contains(token.text)
    }

    private func isNameStart(_ token: Token) -> Bool {
        guard token.kind == .word, !isTrigger(token) else { return false }
        if token.isArabic {
            if isNameAli(token) { return true }
            return !token.text.hasPrefix("ال") && !token.text.hasPrefix("لل") && !token.text.hasPrefix("وال") && !NameReader.officeNouns.contains(token.text)
                && !NameReader.stopWords.contains(token.text) && term(at: token) == nil
        }
        return token.isCapitalized && !NameReader.officeNouns.contains(token.text) && !NameReader.stopWords.contains(token.text)
            && term(at: token) == nil
    }

    /// «علي» folds from both the name Ali and the preposition «على»; the original spelling tells them apart.
    private func isNameAli(_ token: Token) -> Bool {
        token.text == "علي" && original[text.originalRange(token.range).upperBound - 1] == "\u{064A}"
    }

    private func isNamePart(_ token: Token) -> Bool {
        if token.kind == .punctuation { return false }
        if isNameAli(token) { return true }
        if NameReader.stopWords.contains(token.text) || Lexicon.counterparts.contains(token.text) { return false }
        // «ترأس ميقاتي الجانب اللبناني»: a trigger word ends the name.
        if isTrigger(token) { return false }
        // «حبيب الله سياري مساعد المنسق العام»: an office after the name ends it.
        if token.isArabic && NameReader.officeNouns.contains(token.text) { return false }
        if let hit = term(at: token), hit.term.termClass != .title || token.isArabic { return false }
        if token.isArabic { return true }
        return token.isCapitalized || NameReader.nameParticles.contains(token.text)
    }

    /// Whether an event word («اتفاقية», "talks") starts at the token: no name begins or goes on there.
    private func isTrigger(_ token: Token) -> Bool {
        sentence.terms.contains { $0.term.termClass == .trigger && token.range.contains($0.range.lowerBound) }
    }

    static let officeNouns: Set<String> = [
        "مكتب", "هييه", "اركان", "جهاز", "وزاره", "مجلس", "قوات", "شوون", "دايره", "مديريه", "قياده", "عام", "لشوون", "ركن", "اول",
        "رييس", "نايب", "مساعد", "وكيل", "امين", "مستشار", "قايد", "مدير", "حرب", "عضو", "وزير", "سفير", "رييسا", "حضره", "صاحب", "سمو", "سكرتير",
        "رييسه", "نايبه", "مساعده", "وكيله", "مستشاره", "مديره", "وزيره", "سفيره", "كبير", "كبار", "مستشاري", "وشوون", "منسق",
        "state", "defence", "defense", "foreign", "affairs", "armed", "forces", "army", "navy", "air", "force", "national", "security",
        "ministry", "of", "for", "the", "deputy", "assistant", "under", "secretary", "minister", "general", "chief", "staff", "joint",
        "ministry's", "undersecretary", "middle", "east", "africa", "asia", "pacific", "indo-pacific", "europe", "gulf", "political",
    ]

    static let stopWords: Set<String> = [
        "في", "فيما", "و", "الي", "من", "علي", "عن", "مع", "خلال", "الذي", "التي", "بمشاركه", "وضم", "وفد", "وفدا", "الوفد", "بحضور",
        "حيث", "ان", "قد", "كما", "او", "ثم", "بعد", "قبل", "عبر", "لدي", "منذ", "يوم", "امس", "اليوم", "هذا", "هذه", "ذلك", "تلك", "وزير",
        "فيها", "فيه", "خلالها", "خلاله", "عنها", "عنه", "له", "لها", "نفسه", "ذاته", "دوله", "ودوله",
        "and", "who", "with", "while", "in", "on", "at", "to", "from", "of", "the", "a", "said", "also", "has", "had", "was", "is",
    ]

    /// Words that open a clause after an office: no name follows them.
    static let clauseOpeners: Set<String> = ["قد", "لقد", "الذي", "التي", "الذين", "who", "which", "whose"]

    /// Words of time and place that end an office: an office after them is another person's.
    static let interruptions: Set<String> = ["امس", "اليوم", "يوم", "في", "خلال", "مساء", "صباح", "in", "at", "on", "yesterday", "today"]

    /// Words that link the parts of one long name.
    static let linkingParticles: Set<String> = ["بن", "بنت", "ابن", "bin", "bint", "ibn"]

    static let nameParticles: Set<String> = ["bin", "bint", "al", "el", "de", "van", "von", "da", "la", "le", "ibn", "abu", "du"]
}
