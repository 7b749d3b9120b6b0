import Foundation

/// A program run by the harness, timed on the wall clock and in CPU time, with its own peak resident
/// memory.
///
/// The memory comes from GNU `time` (`/usr/bin/time -f %M`) around the program: the kernel's
/// `ru_maxrss` of a child spawned straight from the harness counts the harness's own pages too (the
/// high-water mark survives `vfork` and `exec`), which made every child look at least as large as the
/// harness. Without `/usr/bin/time` that inflated figure is what is left.
struct Child {
    struct Outcome {
        let seconds: Double
        /// User and system CPU time: what the work cost, however busy the machine was.
        let cpuSeconds: Double
        /// Peak resident set size in MiB.
        let peakMiB: Double
        let status: Int32
    }

    /// Runs `program` (searched in `PATH` when it has no slash) with standard input read from
    /// `input` and standard output and error written to the files named.
    static func run(_ program: String, _ arguments: [String], input: String = "/dev/null",
                    output: String = "/dev/null", errors: String = "/dev/null") throws -> Outcome {
        let memoryFile = NSTemporaryDirectory() + "hiwar-bench-rss-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: memoryFile) }
        let timed = FileManager.default.isExecutableFile(atPath: Self.time)
        let command = (timed ? [Self.time, "-f", "%M", "-o", memoryFile] : []) + [program] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawnp(&pid, command[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot run \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Stopwatch.seconds(clock.now - start)
        // Exited normally: the low 7 bits are 0 and the code is in the next byte; otherwise report the signal.
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F
        let cpu = [usage.ru_utime, usage.ru_stime].reduce(0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
        // GNU time writes "Command exited with non-zero status N" first when the program fails.
        let kilobytes = (try? String(contentsOfFile: memoryFile, encoding: .utf8))?.split(separator: "\n").last
            .flatMap { Double($0) } ?? Double(usage.ru_maxrss)
        return Outcome(seconds: seconds, cpuSeconds: cpu, peakMiB: kilobytes / 1024, status: code)
    }

    /// GNU time, which `make bench` installs when missing.
    static let time = "/usr/bin/time"

    /// Runs the program and throws unless it exits with status 0, naming `errors` for the reason.
    @discardableResult
    static func succeed(_ program: String, _ arguments: [String], input: String = "/dev/null",
                        output: String = "/dev/null", errors: String) throws -> Outcome {
        let outcome = try run(program, arguments, input: input, output: output, errors: errors)
        guard outcome.status == 0 else {
            throw BenchError("\(program) \(arguments.joined(separator: " ")) exited with \(outcome.status); see \(errors)")
        }
        return outcome
    }
}

/// Wall-clock timing of work done in the harness itself, and the statistics quoted from it.
enum Stopwatch {
    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }

    /// Seconds `work` took.
    static func time(_ work: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try work()
        return seconds(clock.now - start)
    }

    /// The nearest-rank percentile `p` (0...100) of `values`, which must not be empty.
    static func percentile(_ p: Double, of values: [Double]) -> Double {
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
