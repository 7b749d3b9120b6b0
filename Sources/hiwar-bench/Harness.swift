import Foundation

/// What `hiwar-bench run` measures, and where: the sizes, the programs and the scratch folder.
struct Harness {
    let hiwar: String
    let sqlite3: String
    /// Scratch folder for corpora and archives; emptied first.
    let work: String
    let importSizes: [Int]
    let eventSizes: [Int]
    /// Runs of each import and export (the median is quoted) and of each query (p50 and p99).
    let runs: Int
    let queryRuns: Int
    /// The commands run, in order, for the report.
    var commands: [String] = []

    init(hiwar: String, sqlite3: String, work: String, importSizes: [Int], eventSizes: [Int], runs: Int, queryRuns: Int) {
        self.hiwar = hiwar
        self.sqlite3 = sqlite3
        self.work = work
        self.importSizes = importSizes
        self.eventSizes = eventSizes
        self.runs = runs
        self.queryRuns = queryRuns
    }

    /// Runs every measurement and returns the tables, printing each as soon as it is complete.
    /// `publish` receives each table as soon as it is complete, so a long run reports as it goes.
    mutating func measure(publish: (_ tables: [Table], _ commands: [String]) throws -> Void) throws -> [Table] {
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        var tables: [Table] = []
        func add(_ table: Table) throws {
            print(table.markdown)
            tables.append(table)
            try publish(tables, commands)
        }
        if !importSizes.isEmpty {
            let imports = try measureImports()
            try add(imports.table)
            if let largest = imports.largestArchive { try add(try measureSearch(in: largest)) }
        }
        let archives = try buildEventArchives()
        try add(archives.table)
        try add(try measureTimelines(archives.paths))
        try add(try measureExports(archives.paths))
        return tables
    }

    func path(_ name: String) -> String {
        work + "/" + name
    }

    /// Runs `program`, recording the command line for the report (with `< input` when there is one).
    mutating func run(_ program: String, _ arguments: [String], input: String? = nil, output: String = "/dev/null",
                      log: String) throws -> Child.Outcome {
        let shown = ([program == hiwar ? "hiwar" : program] + arguments.map(Harness.shellWord)).joined(separator: " ")
            + (input.map { " < \($0)" } ?? "") + (output == "/dev/null" ? "" : " > \(output)")
        if !commands.contains(shown) { commands.append(shown) }
        return try Child.succeed(program, arguments, input: input ?? "/dev/null", output: output, errors: path(log))
    }

    /// The argument as a shell would need it: single-quoted when it holds more than letters, digits and `-_./:=`.
    static func shellWord(_ argument: String) -> String {
        let plain = !argument.isEmpty && argument.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_./:=".unicodeScalars.contains($0)
        }
        return plain ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func median(_ values: [Double]) -> Double {
        Stopwatch.percentile(50, of: values)
    }

    /// Removes an SQLite file with its write-ahead log and shared-memory index.
    static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
