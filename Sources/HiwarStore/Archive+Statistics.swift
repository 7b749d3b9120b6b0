extension Archive {
    /// What the archive holds, counted four ways for `hiwar stats`.
    public struct Statistics: Sendable {
        public var articles: Int
        public var events: Int
        /// Events by the year they start, `undated` last.
        public var byYear: [(key: String, count: Int)]
        /// Events by type, most frequent first.
        public var byType: [(key: String, count: Int)]
        /// Events by their parties (`IRQ-USA`), most frequent first.
        public var byDyad: [(key: String, count: Int)]
        /// Articles by language (`unknown` when none is recorded), most frequent first.
        public var byLanguage: [(key: String, count: Int)]
    }

    /// Counts articles and events by year, type, dyad and language.
    public func statistics() throws -> Statistics {
        let (articles, events) = try counts()
        return Statistics(
            articles: articles, events: events,
            byYear: try tally("""
                SELECT coalesce(substr(start, 1, 4), 'undated'), count(*) FROM events GROUP BY 1 ORDER BY 1
                """),
            byType: try tally("SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"),
            byDyad: try tally("""
                SELECT (SELECT group_concat(country, '-') FROM (SELECT country FROM event_countries
                                                                WHERE event_id = events.id ORDER BY country)),
                       count(*)
                FROM events GROUP BY 1 ORDER BY 2 DESC, 1
                """),
            byLanguage: try tally("SELECT coalesce(language, 'unknown'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1"))
    }

    private func tally(_ sql: String) throws -> [(key: String, count: Int)] {
        let statement = try database.makeStatement(sql: sql)
        var rows: [(key: String, count: Int)] = []
        while try statement.step() { rows.append((statement.column(0, as: String?.self) ?? "", statement.column(1))) }
        return rows
    }
}
