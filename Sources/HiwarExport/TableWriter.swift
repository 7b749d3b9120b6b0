import HiwarModel

/// Lays rows out in aligned columns for a person to read: a header, a rule of dashes, then the
/// rows, columns two spaces apart, no spaces at the ends of lines.
///
/// Widths count Unicode scalars other than combining marks and format characters, so Arabic with
/// or without diacritics lines up in a terminal as well as plain text allows. Line breaks inside
/// a cell become spaces. Rows are held until ``finish()``, which needs them all to size the columns.
public struct TableWriter<Output: TextOutputStream>: EventWriter {
    public private(set) var output: Output
    private let header: [String]
    private var rows: [[String]] = []

    /// For events, the columns are ``ArchivedEvent/timelineColumns``.
    public init(to output: Output, header: [String] = ArchivedEvent.timelineColumns) {
        self.output = output
        self.header = header
    }

    /// Adds one row of cells.
    public mutating func write(row: [String]) {
        rows.append(row.map { cell in
            String(String.UnicodeScalarView(cell.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
        })
    }

    /// Adds an event's ``ArchivedEvent/timelineFields``.
    public mutating func write(_ event: ArchivedEvent) {
        write(row: event.timelineFields)
    }

    /// Writes the table.
    public mutating func finish() {
        var widths = header.map(\.terminalWidth)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.terminalWidth) }
        }
        output.write(Self.line(header, widths: widths))
        output.write(Self.line(widths.map { String(repeating: "-", count: $0) }, widths: widths))
        for row in rows { output.write(Self.line(row, widths: widths)) }
    }

    private static func line(_ cells: [String], widths: [Int]) -> String {
        var line = ""
        for (column, cell) in cells.enumerated() {
            if column > 0 { line += String(repeating: " ", count: widths[column - 1] - cells[column - 1].terminalWidth + 2) }
            line += cell
        }
        while line.hasSuffix(" ") { line.removeLast() }
        return line + "\n"
    }
}

extension String {
    /// The columns this text takes in a terminal, near enough.
    var terminalWidth: Int {
        unicodeScalars.reduce(0) { count, scalar in
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: count
            default: count + 1
            }
        }
    }
}
