import CSQLite
import Foundation
import HiwarStore

extension Workspace {
    /// Writes `count` short news articles to `folder`, each reporting four events (a dialogue, an
    /// agreement, a visiting delegation, a committee shared by all), so every stored article has
    /// several events and mentions that a half-written import would lose.
    func writeNews(count: Int, in folder: String) throws {
        for number in 1...count {
            let day = number % 28 + 1
            try write("\(folder)/\(String(format: "%04d", number)).txt", """
                ---
                title: Security talks, report \(number)
                published: 2023-03-\(String(format: "%02d", day))
                ---
                Iraq and Jordan held a security dialogue in Amman on \(day) March 2023, the ministry said in statement \(number).
                The two countries signed a memorandum of understanding on counter-terrorism cooperation on \(day) March 2023.
                A Kuwaiti delegation headed by Interior Minister Talal al-Khalid arrived in Riyadh on \(day) March 2023 for talks with Saudi officials on border security.
                Egypt and Sudan agreed to form a joint security committee in 2023.

                """)
        }
    }

    /// A read-only connection to the archive `name`, for looking without changing anything.
    func reader(_ name: String) throws -> Database {
        try Database(path: path + "/" + name, flags: SQLITE_OPEN_READONLY)
    }

    /// What the archive `name` holds, article by article (keyed by title): each of its mentions with
    /// the event it reports, in a form that does not depend on row ids.
    func reports(in name: String) throws -> [String: [String]] {
        let statement = try reader(name).makeStatement(sql: """
            SELECT a.title, m.rule || ' ' || m.start || '-' || m."end" || ' ' || e.type || ' ' || e.status || ' '
                   || coalesce(e.start, '') || ' ' || (SELECT group_concat(country) FROM event_countries WHERE event_id = e.id)
            FROM articles AS a LEFT JOIN mentions AS m ON m.article_id = a.id LEFT JOIN events AS e ON e.id = m.event_id
            ORDER BY 1, 2
            """)
        var reports: [String: [String]] = [:]
        while try statement.step() {
            reports[statement.column(0), default: []].append(statement.column(1, as: String?.self) ?? "no mention")
        }
        return reports
    }

    /// How many articles the archive `name` holds, or 0 while it does not exist or has no schema yet.
    func articleCount(_ name: String) -> Int {
        (try? reader(name).scalar(sql: "SELECT count(*) FROM articles")) ?? 0
    }

    /// The bytes of `name`, to show a command left a file exactly as it was.
    func bytes(of name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path + "/" + name))
    }

    /// Starts `hiwar arguments…` in the workspace without waiting for it.
    func start(_ arguments: String...) throws -> HiwarProcess.Running {
        try HiwarProcess.Running(arguments, in: path)
    }

    /// Waits, polling, until `condition` holds or `process` has ended; true when the condition held.
    /// No fixed sleep: a loaded machine only makes the wait longer.
    func waitUntil(_ condition: () -> Bool, while process: HiwarProcess.Running) -> Bool {
        while process.process.isRunning {
            if condition() { return true }
            usleep(5_000)
        }
        return condition()
    }
}
