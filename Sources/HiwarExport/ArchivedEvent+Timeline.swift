import HiwarModel

extension ArchivedEvent {
    /// The columns of the timeline a person reads.
    public static let timelineColumns = ["date", "type", "status", "countries", "name", "location"]

    /// The event's cells under ``timelineColumns``: the date as `start` or `start/end` (ISO 8601
    /// interval) or `undated`, the parties joined with `-`, and the name as written when there is
    /// no English one.
    public var timelineFields: [String] {
        let date = event.start.map { start in event.end.map { "\(start)/\($0)" } ?? start.description } ?? "undated"
        return [date, event.type.rawValue, event.status.rawValue, event.countries.joined(separator: "-"),
                event.name ?? event.nameOriginal ?? "", event.location ?? ""]
    }
}
