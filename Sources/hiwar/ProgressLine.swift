#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One line on standard error that a long import redraws in place ("imported 1200, … events found
/// 5300"), shown only when standard error is a terminal: a log file or a pipe gets no control
/// characters, and `--quiet` turns it off.
struct ProgressLine {
    private let isShown: Bool
    private var isDrawn = false

    init(quiet: Bool) {
        isShown = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Replaces the line with `text`.
    mutating func draw(_ text: String) {
        guard isShown else { return }
        StandardError.write("\r\u{1B}[K" + text)
        isDrawn = true
    }

    /// Takes the line away, before other messages or at the end.
    mutating func clear() {
        guard isDrawn else { return }
        StandardError.write("\r\u{1B}[K")
        isDrawn = false
    }
}
