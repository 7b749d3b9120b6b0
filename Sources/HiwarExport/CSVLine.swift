/// One CSV row built as UTF-8 bytes, a cell at a time: cells separated by commas, a cell quoted
/// when it holds a comma, a double quote, CR or LF (its quotes doubled), and for spreadsheets
/// (`excel`) prefixed with `'` when it begins with `=`, `+`, `-`, `@`, tab or CR (see `CSVWriter`).
///
/// Bytes rather than Strings: an export writes 26 cells for each of 10⁶ events, and an array of
/// Strings joined per row cost more than reading the events.
struct CSVLine {
    private(set) var bytes: [UInt8] = []
    private let excel: Bool
    private var cells = 0
    /// A list cell's items joined, before they are written as one cell.
    private var joined: [UInt8] = []

    init(excel: Bool) {
        self.excel = excel
        bytes.reserveCapacity(1024)
    }

    /// Appends a cell holding `text`, or an empty cell for nil.
    mutating func append(_ text: String?) {
        guard var text else { return append(utf8: UnsafeBufferPointer(start: nil, count: 0)) }
        text.withUTF8 { append(utf8: $0) }
    }

    /// Appends a cell holding each item's text (nil as nothing) joined with `;`.
    mutating func append<Item>(_ items: [Item], _ cell: (Item) -> String?) {
        joined.removeAll(keepingCapacity: true)
        for (index, item) in items.enumerated() {
            if index > 0 { joined.append(UInt8(ascii: ";")) }
            if var text = cell(item) { text.withUTF8 { joined.append(contentsOf: $0) } }
        }
        let cell = joined
        cell.withUnsafeBufferPointer { append(utf8: $0) }
    }

    /// Ends the row with CRLF.
    mutating func end() {
        bytes += [0x0D, 0x0A]
    }

    /// Empties the line for the next row, keeping its storage.
    mutating func clear() {
        bytes.removeAll(keepingCapacity: true)
        cells = 0
    }

    private mutating func append(utf8 cell: UnsafeBufferPointer<UInt8>) {
        if cells > 0 { bytes.append(UInt8(ascii: ",")) }
        cells += 1
        let formula = excel && cell.first.map { [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                                                0x09, 0x0D].contains($0) } == true
        let quoted = cell.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        if quoted { bytes.append(UInt8(ascii: "\"")) }
        if formula { bytes.append(UInt8(ascii: "'")) }
        guard quoted else { return bytes.append(contentsOf: cell) }
        for byte in cell {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
