import HiwarModel

/// Writes CSV as RFC 4180 has it: UTF-8 without byte order mark, a header row, rows ended by
/// CRLF, and a field quoted when it holds a comma, a double quote, CR or LF, its quotes doubled.
///
/// For spreadsheets (`excel`), the output starts with a UTF-8 byte order mark, so that Excel reads
/// Arabic right, and a cell that begins with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so
/// that no cell is run as a formula (CSV injection).
public struct CSVWriter<Output: ByteOutputStream>: EventRenderer {
    public private(set) var output: Output
    private var line: CSVLine

    /// Starts the output with the header row; for events, the columns are ``ArchivedEvent/csvColumns``.
    public init(to output: Output, header: [String] = ArchivedEvent.csvColumns, excel: Bool = false) {
        self.output = output
        line = CSVLine(excel: excel)
        if excel { self.output.write("\u{FEFF}") }
        write(row: header)
    }

    /// Writes one row of fields.
    public mutating func write(row: [String]) {
        for field in row { line.append(field) }
        flush()
    }

    /// Appends the event's row (``ArchivedEvent/csvColumns``), CRLF included.
    public mutating func render(_ record: EventRecord, to bytes: inout [UInt8]) {
        record.appendCSVCells(to: &line)
        line.end()
        line.withBytes { bytes.append(contentsOf: $0) }
        line.clear()
    }

    public mutating func write(rendered: UnsafeBufferPointer<UInt8>) {
        output.write(utf8: rendered)
    }

    public mutating func finish() {}

    /// Ends the line and writes it at once.
    private mutating func flush() {
        line.end()
        line.withBytes { output.write(utf8: $0) }
        line.clear()
    }
}
