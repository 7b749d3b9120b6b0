import Foundation

/// Runs the built `hiwar` binary as a user would, and captures what it says.
struct HiwarProcess {
    struct Output: Equatable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `hiwar` built beside this test bundle (`swift test`, with or without `--scratch-path`),
    /// else the package's own `.build/debug/hiwar`.
    static let binary: String = {
        var folders = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
            .map { $0.deletingLastPathComponent() }
        folders.append(Bundle.main.bundleURL)
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        let candidates = folders.map { $0.appendingPathComponent("hiwar").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }()

    /// Runs `hiwar arguments…` (or another `executable`) in `folder` with `environment` on top of the caller's (less any
    /// `HIWAR_DB`), feeding it `input` on standard input, and waits for it to end.
    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:],
                    input: String = "", executable: String = binary) throws -> Output {
        try Running(arguments, in: folder, environment: environment, input: input, executable: executable).wait()
    }

    /// A started `hiwar`, for tests that act while it works (kill it, run another beside it). The
    /// streams go through files, so a chatty child can never stall on a full pipe.
    final class Running {
        let process = Process()
        private let streams = NSTemporaryDirectory() + "hiwar-run-" + UUID().uuidString
        private var paths: [String] { ["in", "out", "err"].map { streams + "/" + $0 } }

        init(_ arguments: [String], in folder: String, environment: [String: String] = [:],
             input: String = "", executable: String = binary) throws {
            try FileManager.default.createDirectory(atPath: streams, withIntermediateDirectories: true)
            for (path, text) in zip(paths, [input, "", ""]) { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            var base = ProcessInfo.processInfo.environment
            base["HIWAR_DB"] = nil
            process.environment = base.merging(environment) { $1 }
            process.standardInput = FileHandle(forReadingAtPath: paths[0])
            process.standardOutput = FileHandle(forWritingAtPath: paths[1])
            process.standardError = FileHandle(forWritingAtPath: paths[2])
            try process.run()
        }

        deinit {
            try? FileManager.default.removeItem(atPath: streams)
        }

        /// Waits for the process to end and returns what it said; a process killed by a signal
        /// reports the signal's number as its status.
        func wait() throws -> Output {
            process.waitUntilExit()
            let (stdout, stderr) = try (String(contentsOfFile: paths[1], encoding: .utf8),
                                        String(contentsOfFile: paths[2], encoding: .utf8))
            return Output(status: process.terminationStatus, stdout: stdout, stderr: stderr)
        }
    }
}
