import Foundation

/// A table of results, printed as Markdown both on the terminal and in `docs/PERFORMANCE.md`.
struct Table {
    let title: String
    let header: [String]
    var rows: [[String]] = []
    /// Said under the table: what was measured and how.
    var note = ""

    var markdown: String {
        var lines = ["### \(title)", ""]
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|" + header.map { _ in " --- |" }.joined())
        lines += rows.map { "| " + $0.joined(separator: " | ") + " |" }
        if !note.isEmpty { lines += ["", note] }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Number formats of the tables.
enum Figure {
    static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// Milliseconds, two decimals.
    static func milliseconds(_ seconds: Double) -> String { fixed(seconds * 1000, 2) }

    /// A count with thin groups: 100000 → 100 000.
    static func count(_ value: Int) -> String {
        var digits = Array(String(value))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(String(digits), at: 0)
        return groups.joined(separator: " ")
    }
}
