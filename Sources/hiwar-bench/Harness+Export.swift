import Foundation

extension Harness {
    /// `hiwar export` of each event archive to a file, as CSV and as JSON Lines.
    mutating func measureExports(_ archives: [Int: String]) throws -> Table {
        var table = Table(title: "Export", header: ["events", "format", "s", "CPU s", "rows/s (per CPU s)", "file MB", "peak RSS MiB"])
        for size in eventSizes {
            guard let file = archives[size] else { continue }
            for format in ["csv", "jsonl"] {
                let output = path("export-\(size).\(format)")
                var outcomes: [Child.Outcome] = []
                for _ in 0..<runs {
                    outcomes.append(try run(hiwar, ["--db", file, "export", "--format", format, "--output", output],
                                            log: "export.log"))
                }
                let seconds = Harness.median(outcomes.map(\.seconds)), cpu = Harness.median(outcomes.map(\.cpuSeconds))
                let bytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
                table.rows.append([Figure.count(size), format, Figure.fixed(seconds, 2), Figure.fixed(cpu, 2),
                                   "\(Figure.count(Int(Double(size) / seconds))) (\(Figure.count(Int(Double(size) / cpu))))",
                                   Figure.fixed(Double(bytes) / 1_000_000, 0), Figure.fixed(outcomes.map(\.peakMiB).max() ?? 0, 1)])
                try? FileManager.default.removeItem(atPath: output)
            }
        }
        table.note = "Median of \(runs) run(s); every event with its people and sources, in timeline order."
        return table
    }
}
