/// The kinds of event Hiwar records (definitions in `docs/SCHEMA.md` and the gold format).
public enum EventType: String, CaseIterable, Codable, Sendable, Comparable {
    /// A round of security or defence talks between governments.
    case dialogue
    /// One state's delegation to talks or on a security visit, with who led it.
    case delegation
    /// A joint inter-state committee, commission or council.
    case committee
    /// A treaty, agreement, memorandum or framework.
    case agreement
    /// A bilateral meeting of named officials outside the body of a round of talks.
    case meeting

    public static func < (lhs: EventType, rhs: EventType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whether the article reports an event as done, to come, or as background.
public enum EventStatus: String, CaseIterable, Codable, Sendable {
    /// Reported as having happened in the news: held, signed, formed, convened.
    case occurred
    /// Announced, agreed or intended for the future.
    case planned
    /// An earlier event mentioned as background.
    case referenced
}
