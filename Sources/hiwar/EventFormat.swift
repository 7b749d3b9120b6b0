import ArgumentParser
import HiwarExport
import HiwarModel
import HiwarStore

/// How `timeline` and `export` render events: an aligned table for people, CSV, JSON or JSON
/// Lines for programs, or the dyad-year panel as CSV (the contracts are in docs/EXPORT.md).
enum EventFormat: String, CaseIterable, ExpressibleByArgument {
    case table, csv, json, jsonl
    case dyadYear = "dyad-year"

    /// Streams the archive's events that pass `filter`, in date order (undated last), to `output`,
    /// and returns how many rows there were (events, or dyad-years). `excel` makes CSV ready for a
    /// spreadsheet (`CSVWriter`). `whole` lets an export read everything in storage order and sort the
    /// rendered events, which finishes sooner; a timeline leaves it off so that its first rows appear at once.
    func write(_ archive: Archive, matching filter: EventFilter, to output: OutputFile, excel: Bool = false,
               whole: Bool = false) throws -> Int {
        var count = 0
        if self == .dyadYear {
            var writer = CSVWriter(to: output, header: DyadYear.csvColumns, excel: excel)
            try archive.dyadYears(matching: filter) { row in
                writer.write(row: row.csvFields)
                count += 1
            }
        } else if var writer = renderer(to: output, excel: excel) {
            try archive.events(matching: filter, whole: whole, rendering: { writer.render($0, to: &$1) }) { rendered in
                writer.write(rendered: rendered)
                count += 1
            }
            writer.finish()
        } else {
            var writer = TableWriter(to: output)
            try archive.events(matching: filter) { event in
                writer.write(event)
                count += 1
            }
            writer.finish()
        }
        try output.close()
        return count
    }

    /// The writer of a format whose events are rendered one by one; nil for the table, which lays
    /// them out together.
    private func renderer(to output: OutputFile, excel: Bool) -> (any EventRenderer)? {
        switch self {
        case .table: nil
        case .csv, .dyadYear: CSVWriter(to: output, excel: excel)
        case .json: JSONEventWriter(to: output, layout: .array)
        case .jsonl: JSONEventWriter(to: output, layout: .lines)
        }
    }
}

extension DyadYear {
    /// The dyad-year CSV's columns (docs/EXPORT.md).
    static let csvColumns = ["state_a", "cow_a", "state_b", "cow_b", "year"] + EventType.allCases.map(\.rawValue) + ["total"]

    var csvFields: [String] {
        [stateA, cowA.map(String.init) ?? "", stateB, cowB.map(String.init) ?? "", String(year)]
            + EventType.allCases.map { String(counts[$0] ?? 0) } + [String(total)]
    }
}
