import HiwarModel

/// Writes events as JSON (the contract of `EventRecord.writeJSON`): JSON Lines, one event a line, or one
/// JSON array with an event a line.
public struct JSONEventWriter<Output: ByteOutputStream>: EventRenderer {
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

    /// Appends the event's JSON object.
    public mutating func render(_ record: EventRecord, to bytes: inout [UInt8]) {
        json.clear()
        record.writeJSON(to: &json)
        json.withBytes { bytes.append(contentsOf: $0) }
    }

    public mutating func write(rendered: UnsafeBufferPointer<UInt8>) {
        if layout == .array { output.write(written == 0 ? "[\n" : ",\n") }
        output.write(utf8: rendered)
        if layout == .lines { output.write("\n") }
        written += 1
    }

    public mutating func finish() {
        if layout == .array { output.write(written == 0 ? "[]\n" : "\n]\n") }
    }
}
