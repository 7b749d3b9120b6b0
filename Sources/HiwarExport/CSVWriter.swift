import HiwarModel

/// Writes CSV as RFC 4180 has it: UTF-8 without byte order mark, a header row, rows ended by
/// CRLF, and a field quoted when it holds a comma, a double quote, CR or LF, its quotes doubled.
///
/// For spreadsheets (`excel`), the output starts with a UTF-8 byte order mark, so that Excel reads
/// Arabic right, and a cell that begins with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so
/// that no cell is run as a formula (CSV injection).
public struct CSVWriter<Output: TextOutputStream>: EventWriter {
    public private(set) var output: Output
    private let excel: Bool

    /// Starts the output with the header row; for events, the columns are ``ArchivedEvent/csvColumns``.
    public init(to output: Output, header: [String] = ArchivedEvent.csvColumns, excel: Bool = false) {
        self.output = output
        self.excel = excel
        if excel { self.output.write("\u{FEFF}") }
        write(row: header)
    }

    /// Writes one row of fields.
    public mutating func write(row: [String]) {
        // One line built as bytes and written once: no array of quoted fields, no joined copy, no
        // String grown a field at a time.
        var line: [UInt8] = []
        line.reserveCapacity(row.reduce(2 + row.count) { $0 + $1.utf8.count })
        for (index, field) in row.enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            var field = excel ? field.neutralisingFormula : field
            field.withUTF8 { Self.appendField($0, to: &line) }
        }
        line += [0x0D, 0x0A]
        output.write(String(decoding: line, as: UTF8.self))
    }

    /// Appends UTF-8 text as one CSV field, quoted when it must be: when it holds a comma, a quote,
    /// CR or LF, its quotes doubled.
    static func appendField(_ field: UnsafeBufferPointer<UInt8>, to line: inout [UInt8]) {
        guard field.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }) else {
            line.append(contentsOf: field)
            return
        }
        line.append(UInt8(ascii: "\""))
        for byte in field {
            line.append(byte)
            if byte == UInt8(ascii: "\"") { line.append(byte) }
        }
        line.append(UInt8(ascii: "\""))
    }

    /// Writes an event's ``ArchivedEvent/csvFields``.
    public mutating func write(_ event: ArchivedEvent) {
        write(row: event.csvFields)
    }

    public mutating func finish() {}
}

extension String {
    /// The text with a leading `'` when a spreadsheet would read it as a formula.
    var neutralisingFormula: String {
        guard let first = unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return self }
        return "'" + self
    }
}
