import Testing
@testable import HiwarStore

/// The schema's own guards, for rows written by any tool, not only through `ImportSession`.
@Suite struct ReliabilitySchemaTests {
    /// Protects the `start_is_a_date` and `end_is_a_date` CHECKs: an impossible day, month or leap
    /// day is refused by SQLite itself, while real partial dates pass.
    @Test(arguments: [
        ("2023-02-31", nil, false), ("2023-02-29", nil, false), ("2023-13", nil, false), ("2023-04-31", nil, false),
        ("2023-1-05", nil, false), ("2023-02-01", "2023-02-30", false),
        ("2024-02-29", nil, true), ("2023-12", "2024", true), ("2023", nil, true),
    ] as [(String, String?, Bool)])
    func eventDatesMustBeRealDates(start: String, end: String?, accepted: Bool) throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("a.sqlite"), catalog: Fixtures.catalog)
        do {
            try archive.database.cachedStatement(sql: """
                INSERT INTO events (type, start, "end", status) VALUES ('dialogue', ?, ?, 'occurred')
                """).execute([start, end])
            #expect(accepted, "\(start)/\(end ?? "") was stored")
        } catch let error as SQLiteError {
            #expect(!accepted && error.isConstraintViolation, "\(start)/\(end ?? ""): \(error)")
        }
    }
}
