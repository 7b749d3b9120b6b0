import HiwarModel

/// Renders events one at a time in one output format, so an export of any size streams
/// from the archive to its destination.
public protocol EventWriter {
    /// Renders the next event.
    mutating func write(_ event: ArchivedEvent)
    /// Ends the output (closes a JSON array, lays out a table). Call it once, after the last event.
    mutating func finish()
}
