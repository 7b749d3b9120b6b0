import HiwarModel

/// How to read the events a filter passes, in timeline order: the tables (events are `e`), the
/// `WHERE` clause with its arguments, and the two columns the order walks (start, then event id).
///
/// Tables are joined with `CROSS JOIN`, which SQLite never reorders: the walk starts where the order
/// comes from an index, so rows stream in timeline order without a sort of all of them first.
struct EventQuery {
    var from: String
    /// A `WHERE` clause, empty when nothing filters.
    var condition: String
    var arguments: [(any SQLiteValue)?]
    var start: String
    var id: String
    /// Whether the events are read in storage order (by id), for the caller to sort, rather than
    /// walking an index in timeline order.
    var inStorageOrder = false

    /// Date order, undated last; `newestFirst` reverses it over dated events (undated still last).
    /// In storage order, by id.
    func order(newestFirst: Bool) -> String {
        if inStorageOrder { return id }
        return newestFirst ? "\(start) DESC NULLS LAST, \(id) DESC" : "\(start) NULLS LAST, \(id)"
    }

    /// The columns of an event's own row, as `Archive.events` reads them (the parties come from a
    /// statement of their own, `Dependent.countries`).
    static let eventColumns = """
        e.id, e.type, e.name, e.name_original, e.start, e."end", e.status, e.location, e.country
        """

    /// A SELECT of `columns` over the query's events in timeline order, at most `limit` rows; with
    /// `tables` joined to each event, `then` orders the rows of one event.
    func sql(selecting columns: String, joining tables: String = "", then: String = "", newestFirst: Bool = false,
             limit: Int? = nil) -> String {
        "SELECT \(columns) FROM \(from) \(tables) \(condition) ORDER BY \(order(newestFirst: newestFirst))\(then)"
            + (limit.map { " LIMIT \($0)" } ?? "")
    }
}

extension EventFilter {
    /// The filter as an `EventQuery`.
    ///
    /// With one state, the walk starts in `event_countries_by_country_start` (country, start,
    /// event_id); with two or more, in `event_pairs_by_pair_start` (state_a, state_b, start, event_id)
    /// for the first two, and any further state is one primary-key probe per event. Either way the
    /// events come in date order from the index, without a sort (docs/PERFORMANCE.md). Without a
    /// state it walks `events_by_start`, or `events_by_type`/`events_by_status` for those filters.
    ///
    /// Partial dates compare as text in timeline order, and a partial date is never greater than a
    /// full date inside its period, so `start <= day` holds exactly when the start's first day is on
    /// or before `day`: the comparisons on `start` narrow the index walk.
    ///
    /// `whole` says the caller reads every event and sorts them itself (an export). When the filter
    /// then names no state and no date, it passes a large share of the archive (all of it, or a type
    /// or a status), and the events table is scanned in storage order (`NOT INDEXED`, by id), their
    /// people and reports read in the same order from their primary key and `mentions_by_event`:
    /// a walk of an index in date order would fetch each event's row, people and reports from pages
    /// scattered over the file, which costs twice the CPU time at 10⁶ events, and SQLite's sort of
    /// the three statements' rows as much again (docs/PERFORMANCE.md, Export). The first event in
    /// timeline order then comes only after the scan, so a screen's first rows walk the index.
    func query(whole: Bool = false) -> EventQuery {
        let states = Set(countries).sorted()
        let codes = states.map { $0 as (any SQLiteValue)? }
        var conditions: [String] = []
        var query: EventQuery
        switch states.count {
        case 0:
            let scan = whole && year == nil && from == nil && to == nil
            query = EventQuery(from: scan ? "events AS e NOT INDEXED" : "events AS e", condition: "", arguments: [],
                               start: "e.start", id: "e.id", inStorageOrder: scan)
        case 1:
            query = EventQuery(from: "event_countries AS c CROSS JOIN events AS e ON e.id = c.event_id", condition: "",
                               arguments: codes, start: "c.start", id: "c.event_id")
            conditions.append("c.country = ?")
        default:
            query = EventQuery(from: "event_pairs AS c CROSS JOIN events AS e ON e.id = c.event_id", condition: "",
                               arguments: codes, start: "c.start", id: "c.event_id")
            conditions.append("c.state_a = ? AND c.state_b = ?")
            conditions += states.dropFirst(2).map { _ in
                "EXISTS (SELECT 1 FROM event_countries WHERE event_id = c.event_id AND country = ?)"
            }
        }
        if let year {
            if let date = PartialDate(year: year) {
                conditions.append("\(query.start) BETWEEN ? AND ?")
                query.arguments += [date.description, date.lastDay.description]
            } else {
                conditions.append("0")  // No stored date has a year outside 1...9999.
            }
        }
        if let from {
            conditions.append("e.end_last >= ?")
            query.arguments.append(from.firstDay.description)
        }
        if let to {
            conditions.append("\(query.start) <= ?")
            query.arguments.append(to.lastDay.description)
        }
        for (column, values) in [("e.type", types.map(\.rawValue)), ("e.status", statuses.map(\.rawValue))]
        where !values.isEmpty {
            conditions.append("\(column) IN (" + Array(repeating: "?", count: values.count).joined(separator: ", ") + ")")
            query.arguments += values
        }
        query.condition = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return query
    }
}

extension EventFilter {
    /// The SELECT that `Archive.events(matching:)` runs for the filter's events (their own columns,
    /// and their parties joined with `;`, without people and sources), its arguments written in as
    /// SQL literals: for the `sqlite3` tool, which hiwar-bench times beside hiwar.
    public func timelineSQL(limit: Int? = nil) -> String {
        let query = self.query()
        let parties = "(SELECT group_concat(country, ';') FROM event_countries WHERE event_id = e.id)"
        let pieces = query.sql(selecting: EventQuery.eventColumns + ", " + parties, limit: limit).split(separator: "?", omittingEmptySubsequences: false)
        var text = String(pieces[0])
        for (argument, piece) in zip(query.arguments, pieces.dropFirst()) {
            text += Database.sqlLiteral(argument) + piece
        }
        return text
    }
}
