import HiwarModel

/// A short English description of an event from its type and parties ("Iraq–United States dialogue").
enum EventNaming {
    static func name(of candidate: Candidate) -> String {
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
