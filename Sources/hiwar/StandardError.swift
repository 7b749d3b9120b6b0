import Foundation

/// Standard error, where progress, warnings and summaries go, so standard output carries data only.
enum StandardError {
    /// Writes `line` and a line feed, in one write so that lines from parallel runs do not interleave.
    static func print(_ line: String) {
        write(line + "\n")
    }

    /// Writes `text` as it is, in one write.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
