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

    /// An item of a list cell: text (nil as nothing) or a number.
    enum Item {
        case text(UnsafeBufferPointer<UInt8>?)
        case number(Int64)
    }

    init(excel: Bool) {
        self.excel = excel
        bytes.reserveCapacity(1024)
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
        bytes += [0x0D, 0x0A]
    }

    /// Empties the line for the next row, keeping its storage.
    mutating func clear() {
        bytes.removeAll(keepingCapacity: true)
        cells = 0
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
        let (quoted, formula) = bytes.withUnsafeBufferPointer { all in
            let cell = UnsafeBufferPointer(rebasing: all[start...])
            let quoted = cell.contains(below: 0, orAnyOf: (UInt8(ascii: ","), UInt8(ascii: "\""), 0x0D, 0x0A))
            let formula = excel && cell.first.map { [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                                                    0x09, 0x0D].contains($0) } == true
            return (quoted, formula)
        }
        guard quoted || formula else { return }
        let cell = Array(bytes[start...])
        bytes.removeSubrange(start...)
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

extension [UInt8] {
    /// Appends `number` in decimal digits, as `String(number)` writes it: the digits are made in a
    /// buffer on the stack and appended at once (digit by digit into the array and reversed there,
    /// they cost 300 instructions a number, 3 200 an event in a CSV export).
    mutating func append(decimal number: Int64) {
        // 20 digits and a sign hold any Int64.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var first = digits.count, magnitude = number.magnitude
            repeat {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if number < 0 { append(UInt8(ascii: "-")) }
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[first...]))
        }
    }
}
