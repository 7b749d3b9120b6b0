extension EventQuery {
    /// Rows that belong to an event (its parties, people or reports), read in the events' order
    /// beside their own rows: `table` holds them, `eventID` names their event, `joins` adds what
    /// they refer to, and `order` orders the rows of one event.
    struct Dependent {
        let table: String
        let eventID: String
        let joins: String
        let order: String

        /// The parties by code, read through `event_countries`' primary key (event_id, country).
        static let countries = Dependent(table: "event_countries AS ec", eventID: "ec.event_id", joins: "", order: "ec.country")
        static let people = Dependent(table: "event_people AS ep", eventID: "ep.event_id",
                                      joins: "CROSS JOIN people AS p ON p.id = ep.person_id", order: "ep.position")
        static let sources = Dependent(table: "mentions AS m", eventID: "m.event_id",
                                       joins: "CROSS JOIN articles AS a ON a.id = m.article_id", order: "m.article_id, m.id")
    }

    /// Whether every event is read in storage order: the dependent rows are then read in the order
    /// of their event ids on their own, without a walk of the events to join them to.
    var readsEveryEventByID: Bool { inStorageOrder && condition.isEmpty }

    /// A SELECT of the event id and `columns` of `dependent`'s rows, in the order of the query's
    /// events and then `dependent.order`. Joined to the events' walk (each event's rows looked up
    /// by its id), unless every event is read by id: then by the dependent table's own index on
    /// the event id, which reads its pages in order without a lookup per event.
    func sql(reading columns: String, of dependent: Dependent, newestFirst: Bool = false) -> String {
        guard readsEveryEventByID else {
            return sql(selecting: "e.id, " + columns,
                       joining: "CROSS JOIN \(dependent.table) ON \(dependent.eventID) = e.id \(dependent.joins)",
                       then: ", " + dependent.order, newestFirst: newestFirst)
        }
        return "SELECT \(dependent.eventID), \(columns) FROM \(dependent.table) \(dependent.joins) ORDER BY \(dependent.eventID), \(dependent.order)"
    }
}
