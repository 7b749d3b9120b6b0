import HiwarModel

/// An event as read from one sentence, before mentions of the same event are merged.
struct Candidate: Sendable {
    var type: EventType
    /// The parties; empty means "the article's parties", filled in at assembly.
    var countries: [String]
    var country: String?
    var start: PartialDate?
    var end: PartialDate?
    var status: EventStatus
    /// Whether a date or a cue fixed the status, rather than the default.
    var isAnchored: Bool
    var location: String?
    /// Words that tell bodies or texts apart («الأمنية», "steering"), folded; empty for a bare «اللجنة».
    var key: String
    /// Where the event's name stands in the body (trigger and modifiers: «اللجنة الأمنية العليا المشتركة»,
    /// "Reciprocal Access Agreement"), in folded positions; the trigger alone when nil.
    var nameSpan: Range<Int>?
    var people: [Person]
    var sentence: Int
    var trigger: Range<Int>
    var rule: String
    /// The trigger's last word, folded («مذكره», "treaty"): what kind of text or body is named.
    var head = ""
    /// Whether the text says it is another one ("a separate maritime agreement", «مذكرة تفاهم أخرى»).
    var isOther = false
}
