import ArgumentParser
import HiwarModel

/// The options that choose events, shared by `timeline` and `export`. Given options combine:
/// an event must pass them all.
struct EventFilterOptions: ParsableArguments {
    @Option(name: .customLong("country"),
            help: ArgumentHelp("Only events this state takes part in: ISO alpha-3 or alpha-2 code, or name in English or Arabic. "
                               + "Repeat for a pair (--country IRQ --country USA).", valueName: "country"))
    var countries: [String] = []

    @Option(name: .customLong("dyad"), parsing: .upToNextOption,
            help: ArgumentHelp("Only events both states take part in (--dyad Iraq USA); names or codes as for --country.",
                               valueName: "country"))
    var dyad: [String] = []

    @Option(help: "Only events that start in this year.")
    var year: Int?

    @Option(help: ArgumentHelp("Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var from: PartialDate?

    @Option(help: ArgumentHelp("Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var to: PartialDate?

    @Option(name: .customLong("type"),
            help: ArgumentHelp("Only events of this type: dialogue, delegation, committee, agreement or meeting. Repeatable.",
                               valueName: "type"))
    var types: [EventType] = []

    @Option(name: .customLong("status"),
            help: ArgumentHelp("Only events with this status: occurred, planned or referenced. Repeatable.", valueName: "status"))
    var statuses: [EventStatus] = []

    func validate() throws {
        if !dyad.isEmpty, dyad.count != 2 {
            throw ValidationError("--dyad takes two states, as in --dyad Iraq USA; it got \(dyad.count)")
        }
        for country in countries + dyad where CountryCatalog.shared.resolve(country) == nil {
            let near = CountryCatalog.shared.suggestions(for: country).map { "\($0.nameEnglish) (\($0.alpha3))" }
            throw ValidationError("unknown country “\(country)”; "
                                  + (near.isEmpty ? "give an ISO code (IRQ, IQ) or a name (Iraq, العراق)"
                                                  : "did you mean \(near.joined(separator: ", "))?"))
        }
        if let year, !(1...9999).contains(year) {
            throw ValidationError("--year \(year) is not a year between 1 and 9999")
        }
        if let from, let to, to.lastDay < from.firstDay {
            throw ValidationError("--from \(from) is after --to \(to)")
        }
    }

    /// The filter these options describe.
    var filter: EventFilter {
        EventFilter(countries: (countries + dyad).compactMap { CountryCatalog.shared.resolve($0)?.alpha3 }, year: year, from: from, to: to,
                    types: types, statuses: statuses)
    }
}
