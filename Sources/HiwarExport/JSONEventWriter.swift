import HiwarModel

/// Writes events as JSON (the contract of `ArchivedEvent.writeJSON`): JSON Lines, one event a line, or one
/// JSON array with an event a line.
public struct JSONEventWriter<Output: TextOutputStream>: EventWriter {
    public enum Layout: Sendable {
        /// One object per line, each line ended by LF.
        case lines
        /// `[`, the objects separated by `,` and LF, `]`.
        case array
    }

    public private(set) var output: Output
    private let layout: Layout
    private var written = 0
    private var json = JSONText()

    public init(to output: Output, layout: Layout) {
        self.output = output
        self.layout = layout
    }

    public mutating func write(_ event: ArchivedEvent) {
        if layout == .array { output.write(written == 0 ? "[\n" : ",\n") }
        json.clear()
        event.writeJSON(to: &json)
        output.write(String(decoding: json.bytes, as: UTF8.self))
        if layout == .lines { output.write("\n") }
        written += 1
    }

    public mutating func finish() {
        if layout == .array { output.write(written == 0 ? "[]\n" : "\n]\n") }
    }
}
