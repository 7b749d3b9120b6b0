import Foundation

/// The machine a run measured: cores, CPU, memory, and the Swift and SQLite versions.
enum Machine {
    static func describe(sqlite3: String) -> [String] {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = field("model name", in: cpuinfo) ?? "unknown"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let memory = field("MemTotal", in: meminfo).flatMap { Int($0.split(separator: " ")[0]) }
            .map { Figure.fixed(Double($0) / 1_048_576, 1) + " GiB" } ?? "unknown"
        return [
            "- cores (`nproc`): \(ProcessInfo.processInfo.activeProcessorCount)",
            "- CPU: \(model)",
            "- memory: \(memory)",
            "- Swift: \(firstLine(of: "swift", ["--version"]))",
            "- SQLite (`sqlite3 --version`, the library hiwar links too): \(firstLine(of: sqlite3, ["--version"]))",
            "- system: \(firstLine(of: "uname", ["-srm"]))",
        ]
    }

    private static func field(_ name: String, in text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            return line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }

    private static func firstLine(of program: String, _ arguments: [String]) -> String {
        let path = NSTemporaryDirectory() + "hiwar-bench-version-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard (try? Child.run(program, arguments, output: path, errors: path)) != nil,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return "unknown" }
        return text.split(separator: "\n").first.map(String.init) ?? "unknown"
    }
}
