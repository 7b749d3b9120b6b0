/// Renders rows of text cells (listings other than events: articles, counts) in one format.
public protocol RowWriter {
    /// Renders the next row.
    mutating func write(row: [String])
    /// Ends the output. Call it once, after the last row.
    mutating func finish()
}

extension CSVWriter: RowWriter {}

extension TableWriter: RowWriter {}
