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
        // One line built in place and written once: no array of quoted fields, no joined copy.
        var line = ""
        line.reserveCapacity(row.reduce(2 + row.count) { $0 + $1.utf8.count })
        for (index, field) in row.enumerated() {
            if index > 0 { line += "," }
            line += (excel ? field.neutralisingFormula : field).csvField
        }
        line += "\r\n"
        output.write(line)
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

    /// The text as one CSV field, quoted when it must be.
    var csvField: String {
        guard utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A })
        else { return self }
        return "\"" + split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
