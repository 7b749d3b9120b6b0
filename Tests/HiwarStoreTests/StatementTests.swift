import Testing
@testable import HiwarStore

@Suite struct StatementTests {
    let folder: TemporaryFolder
    let database: Database

    init() throws {
        folder = try TemporaryFolder()
        database = try Database(path: folder.file("statement.sqlite"))
        try database.execute(sql: "CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB)")
    }

    /// Stores `value` in column `column` and reads it back as the same type.
    private func roundTrip<Value: SQLiteValue>(_ value: Value, column: String) throws -> Value {
        try database.execute(sql: "DELETE FROM t")
        try database.makeStatement(sql: "INSERT INTO t (\(column)) VALUES (?)").execute([value])
        let select = try database.makeStatement(sql: "SELECT \(column), typeof(\(column)) FROM t")
        #expect(try select.step())
        let read: Value = select.column(0)
        #expect(try select.step() == false)
        return read
    }

    @Test func integersRoundTripIncludingExtremes() throws {
        for value in [Int64.min, -1, 0, 1, Int64.max] {
            #expect(try roundTrip(value, column: "i") == value)
        }
        #expect(try roundTrip(Int.max, column: "i") == Int.max)
        #expect(try roundTrip(true, column: "i") == true)
        #expect(try roundTrip(false, column: "i") == false)
    }

    @Test func doublesRoundTripExactly() throws {
        for value in [0.0, -2.5, Double.pi, 1e-300, Double.greatestFiniteMagnitude, -Double.infinity] {
            #expect(try roundTrip(value, column: "r") == value)
        }
    }

    @Test func stringsRoundTripIncludingEmptyArabicAndNUL() throws {
        for value in ["", "plain", "وفد عراقي برئاسة وزير الدفاع", "a\u{0}b", "emoji 🇮🇶 and é"] {
            #expect(try roundTrip(value, column: "s") == value)
        }
    }

    @Test func emptyStringIsTextNotNull() throws {
        try database.makeStatement(sql: "INSERT INTO t (s, b) VALUES (?, ?)").execute(["", [UInt8]()])
        let select = try database.makeStatement(sql: "SELECT typeof(s), typeof(b), length(b) FROM t")
        #expect(try select.step())
        #expect(select.column(0) as String == "text")
        #expect(select.column(1) as String == "blob")
        #expect(select.column(2) as Int == 0)
    }

    @Test func blobsRoundTrip() throws {
        for value: [UInt8] in [[], [0], [0, 255, 1, 254, 0]] {
            #expect(try roundTrip(value, column: "b") == value)
        }
    }

    @Test func nilAndOptionalsBindAndReadNull() throws {
        let none: String? = nil
        try database.makeStatement(sql: "INSERT INTO t VALUES (?, ?, ?, ?)").execute([nil, Double?.none, none, [UInt8]?.none])
        try database.makeStatement(sql: "INSERT INTO t VALUES (?, ?, ?, ?)").execute([Int64?(7), Double?(0.5), String?("x"), [UInt8]?([9])])
        let select = try database.makeStatement(sql: "SELECT i, r, s, b FROM t ORDER BY rowid")
        #expect(try select.step())
        #expect(select.isNull(at: 0) && select.isNull(at: 1) && select.isNull(at: 2) && select.isNull(at: 3))
        #expect(select.column(0) as Int64? == nil)
        #expect(select.column(1) as Double? == nil)
        #expect(select.column(2) as String? == nil)
        #expect(select.column(3) as [UInt8]? == nil)
        #expect(try select.step())
        #expect(select.column(0) as Int64? == 7)
        #expect(select.column(1) as Double? == 0.5)
        #expect(select.column(2) as String? == "x")
        #expect(select.column(3) as [UInt8]? == [9])
    }

    @Test func bindsByName() throws {
        let insert = try database.makeStatement(sql: "INSERT INTO t (i, s) VALUES (:number, :text)")
        try insert.bind("named", named: ":text")
        try insert.bind(42, named: ":number")
        try insert.execute()
        let select = try database.makeStatement(sql: "SELECT i, s FROM t")
        #expect(try select.step())
        #expect(select.column(0) as Int == 42)
        #expect(select.column(1) as String == "named")
    }

    @Test func resetRunsAgainAndClearBindingsBindsNull() throws {
        let insert = try database.makeStatement(sql: "INSERT INTO t (i) VALUES (?)")
        try insert.execute([5])
        try insert.execute()  // same binding again
        insert.clearBindings()
        try insert.execute()
        let select = try database.makeStatement(sql: "SELECT group_concat(coalesce(i, 'NULL'), ',') FROM (SELECT i FROM t ORDER BY rowid)")
        #expect(try select.step())
        #expect(select.column(0) as String == "5,5,NULL")
    }

    @Test func columnNamesAndCount() throws {
        let select = try database.makeStatement(sql: "SELECT 1 AS one, 'x' AS ex")
        #expect(select.columnCount == 2)
        #expect(select.columnName(at: 0) == "one")
        #expect(select.columnName(at: 1) == "ex")
    }

    @Test func failedStepThrowsWithCodeMessageAndSQL() throws {
        try database.execute(sql: "CREATE TABLE u (x TEXT NOT NULL)")
        let insert = try database.makeStatement(sql: "INSERT INTO u (x) VALUES (?)")
        let error = try #require(throws: SQLiteError.self) { try insert.execute([nil]) }
        #expect(error.extendedResultCode == 1299)  // SQLITE_CONSTRAINT_NOTNULL
        #expect(error.message == "NOT NULL constraint failed: u.x")
        #expect(error.sql == "INSERT INTO u (x) VALUES (?)")
        #expect(error.isConstraintViolation)
        // The statement was reset by the failure and runs again.
        try insert.execute(["ok"])
    }

    @Test func bindingOutOfRangeTraps() async {
        await #expect(processExitsWith: .failure) {
            let folder = try TemporaryFolder()
            let database = try Database(path: folder.file("trap.sqlite"))
            try database.makeStatement(sql: "SELECT ?").bind(1, at: 2)
        }
    }

    @Test func readingNullAsNonOptionalTraps() async {
        await #expect(processExitsWith: .failure) {
            let folder = try TemporaryFolder()
            let database = try Database(path: folder.file("trap.sqlite"))
            let select = try database.makeStatement(sql: "SELECT NULL")
            _ = try select.step()
            _ = select.column(0) as String
        }
    }
}
