/// Which events a timeline, an export or a count asks for. Empty fields do not filter.
public struct EventFilter: Hashable, Sendable {
    /// Events involving every one of these states (ISO alpha-3): one code asks for a country's
    /// events, two for a dyad's.
    public var countries: [String]
    /// Events whose start falls in this calendar year.
    public var year: Int?
    /// Events whose dates overlap the range; a partial bound covers its whole period
    /// (`to: 2023-08` includes 2023-08-31), and an event dated only `2023-08` overlaps any range touching August 2023.
    public var from: PartialDate?
    public var to: PartialDate?
    public var types: [EventType]
    public var statuses: [EventStatus]

    public init(countries: [String] = [], year: Int? = nil, from: PartialDate? = nil, to: PartialDate? = nil,
                types: [EventType] = [], statuses: [EventStatus] = []) {
        self.countries = countries
        self.year = year
        self.from = from
        self.to = to
        self.types = types
        self.statuses = statuses
    }
}
