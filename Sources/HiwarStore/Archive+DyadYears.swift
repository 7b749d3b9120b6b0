import HiwarModel

/// One unordered pair of states in one year, with its events counted by type: the panel shape
/// that Correlates of War, ATOP and DCAD data are merged on.
public struct DyadYear: Hashable, Sendable {
    /// The pair's ISO alpha-3 codes, `stateA` before `stateB` alphabetically, and their COW codes.
    public var stateA: String
    public var cowA: Int?
    public var stateB: String
    public var cowB: Int?
    public var year: Int
    /// Events by type, every `EventType` present (zero when none).
    public var counts: [EventType: Int]
    public var total: Int
}

extension Archive {
    /// Streams, for the dated events that pass `filter`, one `DyadYear` per pair of their parties
    /// (a trilateral event counts for each of its three pairs) and start year, ordered by pair and year.
    public func dyadYears(matching filter: EventFilter, _ each: (DyadYear) throws -> Void) throws {
        let query = filter.query()
        let types = EventType.allCases
        let statement = try database.makeStatement(sql: """
            SELECT a.country, ca.cow_code, b.country, cb.cow_code, CAST(substr(e.start, 1, 4) AS INTEGER),
                   count(*), \(types.map { _ in "sum(e.type = ?)" }.joined(separator: ", "))
            FROM \(query.from)
            JOIN event_countries AS a ON a.event_id = e.id
            JOIN event_countries AS b ON b.event_id = e.id AND b.country > a.country
            JOIN countries AS ca ON ca.alpha3 = a.country
            JOIN countries AS cb ON cb.alpha3 = b.country
            \(query.condition.isEmpty ? "WHERE" : query.condition + " AND") e.start IS NOT NULL
            GROUP BY 1, 3, 5 ORDER BY 1, 3, 5
            """)
        try statement.bind(types.map(\.rawValue) + query.arguments)
        while try statement.step() {
            var counts: [EventType: Int] = [:]
            for (index, type) in types.enumerated() { counts[type] = statement.column(6 + index) }
            try each(DyadYear(stateA: statement.column(0), cowA: statement.column(1), stateB: statement.column(2),
                              cowB: statement.column(3), year: statement.column(4), counts: counts, total: statement.column(5)))
        }
    }
}
