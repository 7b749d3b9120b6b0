import ArgumentParser
import HiwarExport

/// How a listing that is not of events (articles, statistics) is printed: a table to read or CSV.
enum RowFormat: String, CaseIterable, ExpressibleByArgument {
    case table, csv

    /// A writer of rows under `header` in this format.
    func writer(to output: OutputFile, header: [String]) -> any RowWriter {
        switch self {
        case .table: TableWriter(to: output, header: header)
        case .csv: CSVWriter(to: output, header: header)
        }
    }
}
