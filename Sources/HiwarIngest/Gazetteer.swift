import HiwarModel

/// What a gazetteer entry stands for.
enum Term: Sendable, Hashable {
    case country(String, CountryForm)
    case city(String)
    case trigger(TriggerKind)
    case status(StatusCue)
    case action(Action)
    case security
    case multilateral
    case title
    case role(String)
    case forum
    case landmark
    /// A body that is not a state: a company, club, federation, university or armed group.
    case nonState

    /// Terms of one class compete for the same words; different classes may overlap.
    var termClass: TermClass {
        switch self {
        case .country: return .country
        case .city: return .city
        case .trigger: return .trigger
        case .status: return .status
        case .action: return .action
        case .security: return .security
        case .multilateral: return .multilateral
        case .title: return .title
        case .role: return .role
        case .forum: return .forum
        case .landmark: return .landmark
        case .nonState: return .nonState
        }
    }

    /// Whether the term is an office or an honorific, the words that stand before a name.
    var isOfficeOrTitle: Bool { termClass == .role || termClass == .title }
}

/// The kinds of term, without their payloads.
enum TermClass: Sendable, Hashable {
    case country, city, trigger, status, action, security, multilateral, title, role, forum, landmark, nonState
}

/// How a text names a country.
enum CountryForm: Sendable, Hashable {
    case name, adjective, capital
}

/// A term found in folded text.
struct TermHit: Sendable {
    var range: Range<Int>
    var term: Term
    /// The clitic letters before the term inside its word («ب» of «بواشنطن»), folded.
    var prefix: String
}

/// Every term of the lexicon and the country catalogue, found in one Aho–Corasick pass.
struct Gazetteer: Sendable {
    private let automaton: AhoCorasick<Entry>

    private struct Entry: Sendable {
        var term: Term
        var isArabic: Bool
        /// Abbreviations written in capitals ("US", "UK", "UAE") match only in capitals, so "told us" names no state.
        var isCapitalOnly: Bool
    }

    static let shared = Gazetteer(catalog: .shared)

    init(catalog: CountryCatalog) {
        var patterns: [(key: [Unicode.Scalar], payload: Entry)] = []
        func add(_ text: String, _ term: Term) {
            var key = TextFolding.fold(text)
            if key.hasPrefix("the ") { key.removeFirst(4) }
            let isArabic = key.unicodeScalars.first.map { (0x0600...0x06FF).contains($0.value) } ?? false
            if isArabic, key.hasPrefix("ال"), key.unicodeScalars.count > 4 { key.removeFirst(2) }
            let isCapitalOnly = text.count <= 6 && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || $0 == "." }
            patterns.append((Array(key.unicodeScalars), Entry(term: term, isArabic: isArabic, isCapitalOnly: isCapitalOnly)))
        }
        for country in catalog.countries {
            let code = country.alpha3
            for name in [country.nameEnglish, country.nameArabic] + country.variantsEnglish + country.variantsArabic {
                add(name, .country(code, .name))
            }
            for adjective in country.adjectivesEnglish { add(adjective, .country(code, .adjective)) }
            for stem in country.adjectivesArabic {
                for form in Gazetteer.nisbaForms(of: stem) { add(form, .country(code, .adjective)) }
            }
            for capital in country.capitalsEnglish + country.capitalsArabic { add(capital, .country(code, .capital)) }
            for capital in country.capitalsEnglish.prefix(1) { add(capital, .city(capital)) }
            if let english = country.capitalsEnglish.first {
                for capital in country.capitalsArabic { add(capital, .city(english)) }
            }
        }
        for city in Lexicon.cities {
            for name in [city.english] + city.arabic + city.englishVariants { add(name, .city(city.english)) }
        }
        for entry in Lexicon.triggers {
            for word in entry.arabic + entry.english { add(word, .trigger(entry.kind)) }
        }
        for entry in Lexicon.statusCues {
            for word in entry.arabic + entry.english { add(word, .status(entry.cue)) }
        }
        for entry in Lexicon.actions {
            for word in entry.arabic + entry.english { add(word, .action(entry.action)) }
        }
        for word in Lexicon.security.arabic + Lexicon.security.english { add(word, .security) }
        for word in Lexicon.multilateral.arabic + Lexicon.multilateral.english { add(word, .multilateral) }
        for word in Lexicon.forums.arabic + Lexicon.forums.english { add(word, .forum) }
        for word in Lexicon.landmarks.arabic + Lexicon.landmarks.english { add(word, .landmark) }
        for word in Lexicon.nonStateActors.arabic + Lexicon.nonStateActors.english { add(word, .nonState) }
        for word in Lexicon.titles.arabic + Lexicon.titles.english { add(word, .title) }
        for entry in Lexicon.roles {
            for word in entry.arabic + entry.english { add(word, .role(entry.role)) }
        }
        automaton = AhoCorasick(patterns: patterns)
    }

    /// The inflected forms of an Arabic nisba stem (عراقي → عراقية، عراقيين، عراقيون، عراقيان، عراقيتين، عراقيا …), unfolded.
    /// Every word of a compound stem takes the ending, and the article too when the phrase is definite
    /// («كوري جنوبي» → «كورية جنوبية», «الكورية الجنوبية»).
    static func nisbaForms(of stem: String) -> [String] {
        let endings = ["", "ة", "ين", "ون", "ان", "تين", "تان", "ا", "ًا", "اً"]
        let words = stem.split(separator: " ")
        let indefinite = endings.map { ending in words.map { $0 + ending }.joined(separator: " ") }
        guard words.count > 1 else { return indefinite }
        return indefinite + endings.prefix(7).map { ending in words.map { "ال" + $0 + ending }.joined(separator: " ") }
    }

    /// Clitic sequences that may stand before an Arabic term inside the same word.
    private static let clitics: Set<String> = [
        "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "ول", "فب", "فل", "وك", "وبال", "وكال", "لا",
    ]

    /// Every term in `text[range]` that stands on word boundaries (after allowed clitics), the longest
    /// of each class where several overlap.
    func terms(in text: FoldedText, original: [Unicode.Scalar], range: Range<Int>) -> [TermHit] {
        let scalars = text.scalars
        var found: [TermHit] = []
        for hit in automaton.hits(in: scalars, range: range) {
            let end = hit.range.upperBound
            if end < range.upperBound && TextFolding.isWordScalar(scalars[end]) { continue }
            if hit.payload.isCapitalOnly, original[text.originalRange(hit.range)].contains(where: { ("a"..."z").contains($0) }) { continue }
            var wordStart = hit.range.lowerBound
            while wordStart > range.lowerBound && TextFolding.isWordScalar(scalars[wordStart - 1]) { wordStart -= 1 }
            var prefix = ""
            if wordStart < hit.range.lowerBound {
                guard hit.payload.isArabic else { continue }
                prefix = text.string(wordStart..<hit.range.lowerBound)
                guard Gazetteer.clitics.contains(prefix) else { continue }
            }
            found.append(TermHit(range: hit.range, term: hit.payload.term, prefix: prefix))
        }
        return Gazetteer.longestPerClass(found)
    }

    /// Keeps, within each class, the longest of overlapping hits (the earlier on ties).
    private static func longestPerClass(_ hits: [TermHit]) -> [TermHit] {
        let ordered = hits.sorted {
            ($0.range.count, -$0.range.lowerBound) > ($1.range.count, -$1.range.lowerBound)
        }
        var kept: [TermHit] = []
        for hit in ordered {
            let overlaps = kept.contains { other in
                other.term.termClass == hit.term.termClass && other.range.overlaps(hit.range)
                    && !(other.term == hit.term && other.range == hit.range)
            }
            if !overlaps && !kept.contains(where: { $0.range == hit.range && $0.term == hit.term }) { kept.append(hit) }
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
