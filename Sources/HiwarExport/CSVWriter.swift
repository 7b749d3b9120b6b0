import HiwarModel

/// Writes CSV as RFC 4180 has it: UTF-8 without byte order mark, a header row, rows ended by
/// CRLF, and a field quoted when it holds a comma, a double quote, CR or LF, its quotes doubled.
public struct CSVWriter<Output: TextOutputStream>: EventWriter {
    public private(set) var output: Output

    /// Starts the output with the header row; for events, the columns are ``ArchivedEvent/csvColumns``.
    public init(to output: Output, header: [String] = ArchivedEvent.csvColumns) {
        self.output = output
        write(row: header)
    }

    /// Writes one row of fields.
    public mutating func write(row: [String]) {
        output.write(row.map(\.csvField).joined(separator: ",") + "\r\n")
    }

    /// Writes an event's ``ArchivedEvent/csvFields``.
    public mutating func write(_ event: ArchivedEvent) {
        write(row: event.csvFields)
    }

    public mutating func finish() {}
}

extension String {
    /// The text as one CSV field, quoted when it must be.
    var csvField: String {
        guard utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A })
        else { return self }
        var quoted = "\""
        for scalar in unicodeScalars {
            if scalar == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }
}
