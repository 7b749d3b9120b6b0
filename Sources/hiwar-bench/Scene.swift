import HiwarModel

/// One state as a template writes it, in one language.
struct Party {
    let name: String
    let adjective: String
    let capital: String
}

/// The facts one generated article reports: who met where and when, and who led them. Phrasebooks
/// turn a scene into sentences of their language.
struct Scene {
    var first: Party
    var second: Party
    var host: Party
    /// Publication day; the round was held up to two days earlier.
    var year: Int, month: Int, day: Int
    var ordinal: Int
    var topic: Int
    var leaders: [(role: String, name: String)]
    /// Month of the previous round (a year before) and of the next one (a year after).
    var previousMonth: Int, nextMonth: Int
}
