extension Database {
    /// The article whose text `articleID` copies among the event's other reports, or nil when the
    /// report is independent: the first earlier independent report whose signature estimates a
    /// Jaccard similarity of at least `ArticleSignature.copyThreshold`.
    ///
    /// Only earlier independent reports are read, from `mentions_by_event` in article order, and
    /// the reading stops at the first copy found.
    func copiedSource(ofEvent eventID: Int64, byArticle articleID: Int64, signature: ArticleSignature) throws -> Int64? {
        let statement = try cachedStatement(sql: """
            SELECT m.article_id, a.signature, CASE WHEN a.signature IS NULL THEN a.body END
            FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
            WHERE m.event_id = ? AND m.article_id < ?
            GROUP BY m.article_id HAVING count(m.copy_of) = 0 ORDER BY m.article_id
            """)
        try statement.bind([eventID, articleID])
        defer { statement.reset() }
        while try statement.step() {
            if signature.isCopy(of: Database.signature(statement, column: 1)) { return statement.column(0) }
        }
        return nil
    }

    /// Decides again which of the event's reports are copies, in article order, after a report left.
    func recountCopies(ofEvent eventID: Int64) throws {
        var independent: [(articleID: Int64, signature: ArticleSignature)] = []
        let update = try cachedStatement(sql: "UPDATE mentions SET copy_of = ? WHERE event_id = ? AND article_id = ?")
        for report in try reports(ofEvent: eventID) {
            let original = independent.first { report.signature.isCopy(of: $0.signature) }?.articleID
            if original == nil { independent.append((report.articleID, report.signature)) }
            if original != report.copyOf { try update.execute([original, eventID, report.articleID]) }
        }
    }

    /// Each article reporting the event once, in article order, with its signature (computed from
    /// the body for articles stored before schema 2).
    private func reports(ofEvent eventID: Int64) throws -> [(articleID: Int64, copyOf: Int64?, signature: ArticleSignature)] {
        let statement = try cachedStatement(sql: """
            SELECT m.article_id, min(m.copy_of), a.signature, CASE WHEN a.signature IS NULL THEN a.body END
            FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
            WHERE m.event_id = ? GROUP BY m.article_id ORDER BY m.article_id
            """)
        try statement.bind(eventID, at: 1)
        defer { statement.reset() }
        var reports: [(articleID: Int64, copyOf: Int64?, signature: ArticleSignature)] = []
        while try statement.step() {
            reports.append((statement.column(0), statement.column(1), Database.signature(statement, column: 2)))
        }
        return reports
    }

    /// The article's signature from a row holding the stored one at `column` and, when that is
    /// NULL (an article stored before schema 2), the body at `column + 1` to compute it from.
    private static func signature(_ statement: Statement, column: Int) -> ArticleSignature {
        (statement.column(column) as [UInt8]?).flatMap(ArticleSignature.init(bytes:))
            ?? ArticleSignature(body: statement.column(column + 1, as: String?.self) ?? "")
    }
}
