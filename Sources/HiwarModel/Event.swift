/// An event extracted from one article, with the sentence that reports it.
public struct Event: Hashable, Sendable {
    public var type: EventType
    /// Canonical English name where one exists, else a short English description.
    public var name: String?
    /// The name as the article writes it (Arabic stays Arabic).
    public var nameOriginal: String?
    /// ISO 3166-1 alpha-3 codes of the parties, sorted and unique.
    public var countries: [String]
    /// The sending state, for a delegation; nil otherwise.
    public var country: String?
    public var start: PartialDate?
    /// Only for multi-day spans.
    public var end: PartialDate?
    public var status: EventStatus
    /// City in English.
    public var location: String?
    /// Everyone named in connection with the event; the delegation head has `isHead` set.
    public var people: [Person]
    public var evidence: Evidence

    public init(type: EventType, name: String? = nil, nameOriginal: String? = nil, countries: [String],
                country: String? = nil, start: PartialDate? = nil, end: PartialDate? = nil,
                status: EventStatus, location: String? = nil, people: [Person] = [], evidence: Evidence) {
        self.type = type
        self.name = name
        self.nameOriginal = nameOriginal
        self.countries = Array(Set(countries)).sorted()
        self.country = country
        self.start = start
        self.end = end
        self.status = status
        self.location = location
        self.people = people
        self.evidence = evidence
    }

    /// The person who led a delegation, if the article names one.
    public var head: Person? { people.first(where: \.isHead) }
}

/// A person taking part in an event.
public struct Person: Hashable, Sendable {
    /// English (or Latin-script) name.
    public var name: String
    /// The name as written in the article, without titles.
    public var nameOriginal: String
    /// The office in English, e.g. "Minister of Defense".
    public var role: String?
    /// ISO alpha-3 of the state the person represents.
    public var country: String?
    /// Marks the head of a delegation.
    public var isHead: Bool

    public init(name: String, nameOriginal: String, role: String? = nil, country: String? = nil, isHead: Bool = false) {
        self.name = name
        self.nameOriginal = nameOriginal
        self.role = role
        self.country = country
        self.isHead = isHead
    }
}

/// The sentence an event was read from, located in the article body.
public struct Evidence: Hashable, Sendable {
    /// The sentence exactly as it stands in the body.
    public var sentence: String
    /// Offsets of the sentence in the body, in Unicode scalars, end exclusive.
    public var start: Int
    public var end: Int
    /// The trigger words within the sentence, as offsets in the body (Unicode scalars, end exclusive).
    public var triggerStart: Int?
    public var triggerEnd: Int?
    /// The name of the extraction rule that produced the event, so `hiwar show` can say why it exists.
    public var rule: String

    public init(sentence: String, start: Int, end: Int, triggerStart: Int? = nil, triggerEnd: Int? = nil, rule: String) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.triggerStart = triggerStart
        self.triggerEnd = triggerEnd
        self.rule = rule
    }
}
