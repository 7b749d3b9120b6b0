import HiwarModel

/// An event writer whose rendering of one event does not depend on the events around it, so that
/// an export can render events in the order they are stored and write them in timeline order
/// (`Archive.events(matching:whole:rendering:_:)`), from the bytes the archive stores.
public protocol EventRenderer: EventWriter {
    /// Appends the event's own bytes (a CSV row, a JSON object) to `bytes`.
    mutating func render(_ record: EventRecord, to bytes: inout [UInt8])
    /// Writes one event's rendered bytes, with whatever goes between events.
    mutating func write(rendered: UnsafeBufferPointer<UInt8>)
}

extension EventRenderer {
    public mutating func write(_ event: ArchivedEvent) {
        var record = EventRecord(), bytes: [UInt8] = []
        record.fill(from: event)
        render(record, to: &bytes)
        bytes.withUnsafeBufferPointer { write(rendered: $0) }
    }
}
