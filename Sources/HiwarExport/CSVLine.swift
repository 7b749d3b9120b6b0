/// One CSV row built as UTF-8 bytes, a cell at a time: cells separated by commas, a cell quoted
/// when it holds a comma, a double quote, CR or LF (its quotes doubled), and for spreadsheets
/// (`excel`) prefixed with `'` when it begins with `=`, `+`, `-`, `@`, tab or CR (see `CSVWriter`).
///
/// Bytes rather than Strings: an export writes 26 cells for each of 10⁶ events, and an array of
/// Strings joined per row cost more than reading the events.
struct CSVLine {
    /// A reference, mutated in place (`var` only to be passed as a ``ByteSink``).
    private var bytes = ByteBuffer(capacity: 1024)
    private let excel: Bool
    private var cells = 0

    /// An item of a list cell: text (nil as nothing) or a number.
    enum Item {
        case text(UnsafeBufferPointer<UInt8>?)
        case number(Int64)
    }

    init(excel: Bool) {
        self.excel = excel
    }

    /// Appends a cell holding `text`, or an empty cell for nil.
    mutating func append(_ text: String?) {
        guard var text else { return append(nil as UnsafeBufferPointer<UInt8>?) }
        text.withUTF8 { append($0) }
    }

    /// Appends a cell holding UTF-8 `text`, or an empty cell for nil.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>?) {
        let start = startCell()
        if let text { bytes.append(contentsOf: text) }
        endCell(from: start)
    }

    /// Appends a cell holding a number.
    mutating func append(number: Int64) {
        let start = startCell()
        bytes.append(decimal: number)
        endCell(from: start)
    }

    /// Appends a cell holding each item joined with `;`.
    mutating func append<Element>(_ elements: [Element], _ item: (Element) -> Item) {
        let start = startCell()
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ";")) }
            switch item(element) {
            case .text(let text): if let text { bytes.append(contentsOf: text) }
            case .number(let number): bytes.append(decimal: number)
            }
        }
        endCell(from: start)
    }

    /// Appends a cell holding each item's text (nil as nothing) joined with `;`.
    mutating func append<Element>(_ elements: [Element], _ text: (Element) -> UnsafeBufferPointer<UInt8>?) {
        append(elements) { .text(text($0)) }
    }

    /// Ends the row with CRLF.
    mutating func end() {
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    /// Empties the line for the next row, keeping its storage.
    mutating func clear() {
        bytes.removeAll()
        cells = 0
    }

    /// Lends the line's bytes.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withBytes(body)
    }

    /// Separates the cell from the one before; returns where its bytes begin.
    private mutating func startCell() -> Int {
        if cells > 0 { bytes.append(UInt8(ascii: ",")) }
        cells += 1
        return bytes.count
    }

    /// Quotes the cell written from `start` when it needs it, and marks a formula for spreadsheets.
    /// The cell is written first and mended afterwards: most cells need neither.
    private mutating func endCell(from start: Int) {
        let (quoted, formula) = bytes.withBytes(from: start) { cell in
            let quoted = cell.contains(below: 0, orAnyOf: (UInt8(ascii: ","), UInt8(ascii: "\""), 0x0D, 0x0A))
            let formula = excel && cell.first.map { [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                                                    0x09, 0x0D].contains($0) } == true
            return (quoted, formula)
        }
        guard quoted || formula else { return }
        let cell = bytes.withBytes(from: start) { Array($0) }
        bytes.removeAll(from: start)
        if quoted { bytes.append(UInt8(ascii: "\"")) }
        if formula { bytes.append(UInt8(ascii: "'")) }
        for byte in cell {
            bytes.append(byte)
            if quoted, byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        if quoted { bytes.append(UInt8(ascii: "\"")) }
    }
}
