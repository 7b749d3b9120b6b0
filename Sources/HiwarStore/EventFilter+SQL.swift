import HiwarModel

extension EventFilter {
    /// The filter as a `WHERE` clause over `events` (empty when nothing filters) and its arguments.
    ///
    /// Partial dates compare as text in timeline order, and a partial date is never greater than a
    /// full date inside its period, so `start <= day` holds exactly when the start's first day is on
    /// or before `day`: the comparisons on `start` can walk the `events_by_start` index.
    var sqlCondition: (sql: String, arguments: [(any SQLiteValue)?]) {
        var conditions: [String] = []
        var arguments: [(any SQLiteValue)?] = []
        for code in Set(countries).sorted() {
            // A list of ids from `event_countries_by_country`, not a correlated EXISTS: SQLite then reads
            // only the state's events instead of testing every event in timeline order (a pair of states
            // at 10⁶ events: milliseconds instead of seconds).
            conditions.append("id IN (SELECT event_id FROM event_countries WHERE country = ?)")
            arguments.append(code)
        }
        if let year {
            if let date = PartialDate(year: year) {
                conditions.append("start BETWEEN ? AND ?")
                arguments += [date.description, date.lastDay.description]
            } else {
                conditions.append("0")  // No stored date has a year outside 1...9999.
            }
        }
        if let from {
            conditions.append("end_last >= ?")
            arguments.append(from.firstDay.description)
        }
        if let to {
            conditions.append("start <= ?")
            arguments.append(to.lastDay.description)
        }
        for (column, values) in [("type", types.map(\.rawValue)), ("status", statuses.map(\.rawValue))] where !values.isEmpty {
            conditions.append("\(column) IN (" + Array(repeating: "?", count: values.count).joined(separator: ", ") + ")")
            arguments += values
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }
}
