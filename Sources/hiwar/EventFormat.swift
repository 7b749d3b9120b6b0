import ArgumentParser
import HiwarExport
import HiwarModel
import HiwarStore

/// How `timeline` and `export` render events: an aligned table for people, CSV, JSON or JSON
/// Lines for programs (the contract is in README.md).
enum EventFormat: String, CaseIterable, ExpressibleByArgument {
    case table, csv, json, jsonl

    /// Streams the archive's events that pass `filter`, in date order (undated last), to `output`,
    /// and returns how many there were.
    func write(_ archive: Archive, matching filter: EventFilter, to output: OutputFile) throws -> Int {
        var writer: any EventWriter = switch self {
        case .table: TableWriter(to: output)
        case .csv: CSVWriter(to: output)
        case .json: JSONEventWriter(to: output, layout: .array)
        case .jsonl: JSONEventWriter(to: output, layout: .lines)
        }
        var count = 0
        try archive.events(matching: filter) { event in
            writer.write(event)
            count += 1
        }
        writer.finish()
        try output.close()
        return count
    }
}
