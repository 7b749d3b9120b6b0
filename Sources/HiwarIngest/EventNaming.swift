import HiwarModel

/// The English name of an event: the article's own when it names the event in English ("Reciprocal Access
/// Agreement"), else a short description from its type and parties ("Iraq–United States talks").
enum EventNaming {
    static func name(of candidate: Candidate, phrase: String) -> String {
        if candidate.type != .delegation, let first = phrase.unicodeScalars.first, first.properties.isUppercase,
           phrase.unicodeScalars.allSatisfy({ $0.value < 0x0250 }), phrase.split(separator: " ").count > 1 {
            return phrase
        }
        let catalog = CountryCatalog.shared
        let parties = candidate.countries.map { catalog.country(alpha3: $0)?.nameEnglish ?? $0 }.joined(separator: "–")
        switch candidate.type {
        case .dialogue: return "\(parties) \(candidate.rule == "summit" ? "summit" : "talks")"
        case .delegation:
            let sender = candidate.country.flatMap { catalog.country(alpha3: $0)?.nameEnglish } ?? candidate.country ?? ""
            return "\(sender) delegation"
        case .committee: return "\(parties) joint committee"
        case .agreement: return "\(parties) agreement"
        case .meeting: return "\(parties) meeting"
        }
    }
}
