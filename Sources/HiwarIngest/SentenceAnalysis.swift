import HiwarModel

/// One sentence with everything the gazetteer and the date reader found in it.
struct SentenceAnalysis: Sendable {
    /// Position of the sentence in the article, from 0.
    var index: Int
    /// Folded-scalar range of the sentence in the body.
    var range: Range<Int>
    var tokens: [Token]
    var terms: [TermHit]
    var dates: [DateMention]

    /// States named in the sentence as actors (not as the place something happens), in order of appearance.
    var countries: [(code: String, range: Range<Int>)] = []
    /// Cities named as places ("in Baghdad", a dateline), with their English names.
    var places: [(city: String, range: Range<Int>)] = []
    /// Whether the sentence speaks of security or defence.
    var isSecurity: Bool { securityTermCount > 0 }
    /// Security words outside the names of international bodies and of other kinds of security ("food security",
    /// «الأمن الغذائي», «أمن الطاقة»).
    var securityTermCount: Int {
        let forums = terms.filter { $0.term == .forum }
        return terms.filter { hit in
            hit.term == .security && !forums.contains { $0.range.overlaps(hit.range) } && !isOtherKindOfSecurity(hit)
        }.count
    }

    private func isOtherKindOfSecurity(_ hit: TermHit) -> Bool {
        guard let index = tokenIndex(at: hit.range.lowerBound) else { return false }
        let last = tokens.lastIndex { $0.range.lowerBound < hit.range.upperBound } ?? index
        let before = index > 0 ? tokens[index - 1].text : ""
        let after = last + 1 < tokens.count ? tokens[last + 1].text : ""
        return Lexicon.otherSecurities.contains(before) || Lexicon.otherSecurities.contains(after)
    }
    /// The longest list of three or more states joined only by commas and "and" («العراق ومصر والأردن»,
    /// "Turkey, Finland and Sweden"): the parties of a three-way event. Empty when there is none.
    var coordinatedStates: [String] {
        var best: [String] = []
        var run: [String] = []
        var previousEnd: Int?
        for country in countries {
            if let end = previousEnd, !joinsOnlyByConjunction(from: end, to: country.range.lowerBound) { run = [] }
            if !run.contains(country.code) { run.append(country.code) }
            previousEnd = country.range.upperBound
            if run.count > best.count { best = run }
        }
        return best.count >= 3 ? best : []
    }

    private func joinsOnlyByConjunction(from start: Int, to end: Int) -> Bool {
        tokens.filter { $0.range.lowerBound >= start && $0.range.upperBound <= end }
            .allSatisfy { [",", "and", "&"].contains($0.text) }
    }

    /// "South Korean defence minister Shin held talks with his Japanese counterpart", «التقى وزير الخارجية العراقي
    /// نظيره الإيراني»: the first state named and the counterpart's are the two sides.
    var counterpartPair: [String]? {
        guard let first = countries.first,
              let word = tokens.firstIndex(where: { Lexicon.counterparts.contains($0.text) }) else { return nil }
        let near = tokens[max(0, word - 2)...min(tokens.count - 1, word + 2)]
        let other = countries.first { country in
            country.code != first.code && near.contains { $0.range.overlaps(country.range) }
        }
        return other.map { [first.code, $0.code] }
    }

    /// Whether it speaks of an international body (the UN Security Council) and not of a bilateral meeting on its sidelines.
    var isForumOnly: Bool {
        terms.contains { $0.term == .forum } && !tokens.contains { Lexicon.sidelines.contains($0.text) }
    }
    /// Whether it speaks of a three-way (or wider) format.
    var isMultilateral: Bool { terms.contains { $0.term == .multilateral } }
    /// Whether a term of `term` starts inside one of `words` (a term may start after a clitic of its word).
    func holds(_ term: Term, in words: ArraySlice<Token>) -> Bool {
        guard let first = words.first, let last = words.last else { return false }
        let span = first.range.lowerBound..<last.range.upperBound
        return terms.contains { $0.term == term && span.contains($0.range.lowerBound) }
    }
    /// Whether a semicolon joins two stories in one line (a headline: "… meets Trump; Turkey's Fidan holds separate talks").
    var isTwoStories: Bool { tokens.contains { $0.text == ";" } }

    init(index: Int, range: Range<Int>, text: FoldedText, original: [Unicode.Scalar], gazetteer: Gazetteer,
         dateReader: DateReader, anchor: PartialDate?) {
        self.index = index
        self.range = range
        self.tokens = Tokenizer.tokens(of: text, original: original, in: range)
        self.terms = gazetteer.terms(in: text, original: original, range: range)
        self.dates = []
        readDates(in: text, with: dateReader, anchor: anchor)
        findNamedDeclarations()
        classifyPlaces()
    }

    /// «حفل التوقيع على الإعلان المتعلق بالشراكة», «إعلان القاهرة»: «إعلان» alone is an announcement, but signed or named
    /// by a city it is a text.
    private mutating func findNamedDeclarations() {
        var declarations: [TermHit] = []
        for (index, token) in tokens.enumerated() where token.isArabic {
            // Folded text compares by its bytes: no Unicode-aware String comparison for every word of the text.
            let bytes = token.text.utf8
            guard let stem = Lexicon.declarationWords.first(where: { bytes.count >= $0.utf8.count && bytes.suffix($0.utf8.count).elementsEqual($0.utf8) }),
                  !terms.contains(where: { $0.term.termClass == .trigger && token.range.overlaps($0.range) }) else { continue }
            let start = token.range.upperBound - stem.unicodeScalars.count
            let clitic = String(String.UnicodeScalarView(token.text.unicodeScalars.prefix(start - token.range.lowerBound)))
            guard clitic.isEmpty || Lexicon.declarationClitics.contains(clitic) else { continue }
            let lower = index >= 3 ? tokens[index - 3].range.lowerBound : range.lowerBound
            let signed = terms.contains { $0.term == .action(.signing) && $0.range.lowerBound >= lower && $0.range.upperBound <= token.range.lowerBound }
                || signedAfter(index)
            let named = index + 1 < tokens.count && namesCity(tokens[index + 1])
            guard signed || named else { continue }
            declarations.append(TermHit(range: start..<token.range.upperBound, term: .trigger(.agreement), prefix: ""))
        }
        add(declarations)
    }

    /// Adds terms found after the gazetteer's pass, keeping all of them in text order.
    mutating func add(_ hits: [TermHit]) {
        guard !hits.isEmpty else { return }
        terms = (terms + hits).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The office whose term starts inside `token` («أمير» is also an honorific: the office is asked for by its class).
    func role(at token: Token) -> TermHit? {
        terms.first { $0.term.termClass == .role && token.range.contains($0.range.lowerBound) }
    }

    /// «إعلان تأييد السلام الذي وقعته …»: a text signed in a relative clause within five words after the token at `index`.
    private func signedAfter(_ index: Int) -> Bool {
        let after = tokens[min(tokens.count, index + 1)..<min(tokens.count, index + 6)]
        guard let relative = after.firstIndex(where: { $0.text == "الذي" || $0.text == "التي" }), relative + 1 < tokens.count else { return false }
        return terms.contains { $0.term == .action(.signing) && tokens[relative + 1].range.contains($0.range.lowerBound) }
    }

    /// Whether a city's name starts inside the token (after its clitics: «بالرياض»).
    private func namesCity(_ token: Token) -> Bool {
        terms.contains { hit in
            if case .city = hit.term { return token.range.contains(hit.range.lowerBound) } else { return false }
        }
    }

    /// Reads the sentence's dates, resolving relative ones against `anchor`.
    mutating func readDates(in text: FoldedText, with dateReader: DateReader, anchor: PartialDate?) {
        dates = dateReader.mentions(in: text, range: range, anchor: anchor).filter { $0.isEventDate && !isInDateline($0) }
        // «يوم الثلاثاء الموافق 14 مارس 2023», "Tuesday, March 14": the weekday only names the date after it.
        dates = dates.enumerated().filter { index, mention in
            guard mention.isRelative, index + 1 < dates.count else { return true }
            let next = dates[index + 1]
            let between = tokens.filter { $0.range.lowerBound >= mention.range.upperBound && $0.range.upperBound <= next.range.lowerBound }
            return next.isRelative || next.start.precision != .day || !between.allSatisfy { ["الموافق", ",", "-"].contains($0.text) }
        }.map(\.element)
        // «في أيلول من العام ذاته», "in August of the same year": the year of the date before it.
        for index in dates.indices.dropFirst() where dates[index].isRelative && followedBySameYear(dates[index].range) {
            let year = dates[index - 1].start.year
            let mention = dates[index]
            if let start = PartialDate(year: year, month: mention.start.month, day: mention.start.day) {
                dates[index] = DateMention(start: start, end: nil, range: mention.range, isRelative: false)
            }
        }
    }

    /// «الرياض 25 شوال 1446 هـ الموافق 23 أبريل 2025 م –», "BEIJING, Oct 10 -", «المنامة في 4 فبراير /» (the Gulf agencies'
    /// slash): a date between the dateline's city and its dash is the report's, not an event's.
    private func isInDateline(_ mention: DateMention) -> Bool {
        guard let dash = datelineDash else { return false }
        return mention.range.upperBound <= tokens[dash].range.lowerBound
    }

    /// The dash or slash that closes a dateline opening the sentence with a city («المنامة في 4 فبراير /»), if any.
    private var datelineDash: Int? {
        guard let first = tokens.first, namesCity(first) else { return nil }
        return tokens.prefix(16).firstIndex { $0.text == "-" || $0.text == "/" }
    }

    private func followedBySameYear(_ range: Range<Int>) -> Bool {
        guard let index = tokens.firstIndex(where: { $0.range.lowerBound >= range.upperBound }) else { return false }
        let next = tokens[index..<min(tokens.count, index + 4)].map(\.text)
        return next.contains("نفسه") || next.contains("ذاته") || (next.contains("same") && next.contains("year"))
    }

    /// The index of the token that starts at or covers a folded position.
    func tokenIndex(at position: Int) -> Int? {
        tokens.firstIndex { $0.range.upperBound > position }
    }

    /// Splits country and city mentions into actors and places: a capital or city after «في», «ب…», "in", "at",
    /// or opening the sentence before a dash (a dateline), or the subject of «احتضنت»/"hosted", is a place.
    private mutating func classifyPlaces() {
        let cityHits = terms.filter { if case .city = $0.term { return true } else { return false } }
        let landmarks = terms.filter { $0.term == .landmark }
        for hit in terms {
            switch hit.term {
            case .country(let code, let form):
                if cityHits.contains(where: { $0.range.count > hit.range.count && $0.range.overlaps(hit.range) }) { continue }
                if landmarks.contains(where: { $0.range.overlaps(hit.range) }) { continue }
                if form == .adjective && isFamilyName(hit) { continue }
                if isTopic(hit) || namesText(hit) { continue }
                if form == .capital && (isPlace(hit) || isNamePart(hit)) { continue }
                if form != .capital || !countries.contains(where: { $0.code == code }) {
                    countries.append((code, hit.range))
                }
            case .city(let name):
                if isPlace(hit) { places.append((name, hit.range)) }
            default:
                continue
            }
        }
    }

    /// Reads a name shared by a city and a state as the city: drops the state there, and keeps the city as a place.
    mutating func preferCity(_ city: String, over country: String) {
        let cityRanges = terms.compactMap { hit -> Range<Int>? in
            if case .city(let name) = hit.term, name == city { return hit.range } else { return nil }
        }
        let before = countries.count
        countries.removeAll { $0.code == country && cityRanges.contains($0.range) }
        if countries.count < before {
            for range in cityRanges where !places.contains(where: { $0.range == range }) { places.append((city, range)) }
        }
    }

    /// «محمد شياع السوداني»: a definite nisba after an indefinite word is a family name, since an Arabic adjective
    /// takes the article only after a definite noun («الوفد العراقي», «وزير الدفاع الأميركي»).
    private func isFamilyName(_ hit: TermHit) -> Bool {
        guard hit.prefix == "ال", let index = tokenIndex(at: hit.range.lowerBound), index > 0 else { return false }
        let previous = tokens[index - 1]
        guard previous.kind == .word, previous.isArabic else { return false }
        // «نظيره الأردني»: a counterpart with its pronoun is definite too.
        let definite = ["ال", "لل", "وال", "بال", "فال", "كال"].contains { previous.text.hasPrefix($0) }
            || Lexicon.counterparts.contains(previous.text)
        let isTerm = terms.contains { previous.range.contains($0.range.lowerBound) }
        return !definite && !isTerm
    }

    /// A state named after «تطورات الأوضاع في» or "the situation in" (within four words, across a list of states)
    /// is what the talks are about.
    private func isTopic(_ hit: TermHit) -> Bool {
        guard let index = tokenIndex(at: hit.range.lowerBound) else { return false }
        var position = index - 1
        var words = 0
        while position >= 0, words < 4 {
            let token = tokens[position]
            if Lexicon.topicHeads.contains(token.text) { return true }
            if token.kind == .punctuation && token.text != "," { return false }
            if !terms.contains(where: { token.range.contains($0.range.lowerBound) && $0.term.termClass == .country }) { words += 1 }
            position -= 1
        }
        return false
    }

    /// "Cabinet Secretary for Defense, Aden Duale": an English capital before a capitalised word that is neither a term
    /// nor a date is part of a name.
    private func isNamePart(_ hit: TermHit) -> Bool {
        guard let index = tokenIndex(at: hit.range.lowerBound), !tokens[index].isArabic,
              let next = tokens.dropFirst(index + 1).first(where: { $0.range.lowerBound >= hit.range.upperBound }),
              next.kind == .word, next.isCapitalized else { return false }
        return !terms.contains { next.range.contains($0.range.lowerBound) } && !dates.contains { $0.range.overlaps(next.range) }
    }

    /// «اتفاقية الجزائر», "the Treaty of Lisbon": a place right after a text's name names the text, not a party.
    private func namesText(_ hit: TermHit) -> Bool {
        guard let index = tokenIndex(at: hit.range.lowerBound), index > 0 else { return false }
        var previous = index - 1
        if tokens[previous].text == "of", previous > 0 {
            previous -= 1
        } else if !tokens[index].isArabic {
            // "an agreement Baghdad reached with Washington": English names a text by a place only with "of".
            return false
        }
        return terms.contains { $0.term == .trigger(.agreement) && tokens[previous].range.contains($0.range.lowerBound) }
    }

    private func isPlace(_ hit: TermHit) -> Bool {
        if hit.prefix.hasSuffix("ب") || hit.prefix.hasSuffix("بال") { return true }
        guard let index = tokenIndex(at: hit.range.lowerBound) else { return false }
        if index == 0, let next = tokens.dropFirst().first(where: { $0.range.lowerBound >= hit.range.upperBound }),
           next.text == "-" || next.text == "," || datelineDash != nil { return true }
        if index > 0 && Lexicon.placePrepositions.contains(tokens[index - 1].text) { return true }
        if index > 0 && Lexicon.hostingVerbs.contains(tokens[index - 1].text) { return true }
        return false
    }
}

extension DateMention {
    /// Whether the expression can date an event: a span of years ("the 2020–2030 roadmap") is the subject
    /// of an agreement, not its date.
    var isEventDate: Bool {
        guard let end else { return true }
        return end.year - start.year < 1 || (start.precision != .year)
    }
}
