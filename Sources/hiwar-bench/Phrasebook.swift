/// The sentences of generated articles in one language. The templates are the project's own, written
/// for the benchmark; each sentence kind takes a `Scene`.
///
/// Filler sentences name no state and hold no trigger word, so they change an article's size and
/// not its events; `securityFiller` speaks of defence (positives only), `generalFiller` does not.
struct Phrasebook: Sendable {
    let language: String
    /// Month names, January first; a language may have several spellings of the calendar.
    let calendars: [[String]]
    /// Ordinals of rounds, from the second.
    let ordinals: [String]
    let topics: [String]
    let roles: [String]
    let names: [String]
    let outlets: [String]
    let title: @Sendable (Scene) -> String
    let lead: @Sendable (Scene, _ dayOfRound: Int, _ months: [String]) -> String
    /// The second state's delegation and who led it.
    let delegation: @Sendable (Scene) -> String
    let agreement: @Sendable (Scene) -> String
    let committee: @Sendable (Scene) -> String
    let nextRound: @Sendable (Scene, _ months: [String]) -> String
    let previousRound: @Sendable (Scene, _ months: [String]) -> String
    /// A headline and an opening for an article about the two states that reports no security event.
    let negativeTitles: [@Sendable (Scene) -> String]
    let negativeLeads: [@Sendable (Scene, _ months: [String]) -> String]
    let securityFiller: [String]
    let generalFiller: [String]

    /// Every phrasebook the generator writes with.
    static let all = [english, arabic]
}
