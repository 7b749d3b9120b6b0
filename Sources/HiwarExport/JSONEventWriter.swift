import HiwarModel

/// Writes events as JSON (``ArchivedEvent/jsonValue``): JSON Lines, one event a line, or one
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

    public init(to output: Output, layout: Layout) {
        self.output = output
        self.layout = layout
    }

    public mutating func write(_ event: ArchivedEvent) {
        var bytes = Array((layout == .lines ? "" : written == 0 ? "[\n" : ",\n").utf8)
        event.jsonValue.write(to: &bytes)
        if layout == .lines { bytes.append(UInt8(ascii: "\n")) }
        output.write(String(decoding: bytes, as: UTF8.self))
        written += 1
    }

    public mutating func finish() {
        if layout == .array { output.write(written == 0 ? "[]\n" : "\n]\n") }
    }
}
