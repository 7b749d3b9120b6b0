import Testing
@testable import HiwarStore

@Suite struct DatabaseTests {
    let folder: TemporaryFolder
    let database: Database

    init() throws {
        folder = try TemporaryFolder()
        database = try Database(path: folder.file("database.sqlite"))
        try database.execute(sql: "CREATE TABLE t (x TEXT UNIQUE)")
    }

    private func values() throws -> [String] {
        let select = try database.makeStatement(sql: "SELECT x FROM t ORDER BY rowid")
        var values: [String] = []
        while try select.step() { values.append(select.column(0)) }
        return values
    }

    struct Failure: Error, Equatable { let name: String }

    @Test func connectionRunsInWALWithForeignKeysBusyTimeoutAndMemoryTempStore() throws {
        #expect(try database.scalar(sql: "PRAGMA journal_mode") == "wal")
        #expect(try database.scalar(sql: "PRAGMA foreign_keys") == 1)
        #expect(try database.scalar(sql: "PRAGMA busy_timeout") == 5000)
        #expect(try database.scalar(sql: "PRAGMA temp_store") == 2)  // MEMORY
    }

    @Test func executeRunsAScriptAndReportsTheFailingStatement() throws {
        try database.execute(sql: "INSERT INTO t VALUES ('a');\n  -- comment\nINSERT INTO t VALUES ('b');")
        #expect(try values() == ["a", "b"])
        let error = try #require(throws: SQLiteError.self) {
            try database.execute(sql: "INSERT INTO t VALUES ('c'); INSERT INTO t VALUES ('a'); INSERT INTO t VALUES ('d')")
        }
        #expect(error.extendedResultCode == 2067)
        #expect(error.message == "UNIQUE constraint failed: t.x")
        #expect(error.sql == "INSERT INTO t VALUES ('a');")
        #expect(try values() == ["a", "b", "c"])
    }

    @Test func syntaxErrorCarriesTheSQL() throws {
        let error = try #require(throws: SQLiteError.self) { try database.execute(sql: "SELEC 1") }
        #expect(error.extendedResultCode == 1)
        #expect(error.message == "near \"SELEC\": syntax error")
        #expect(error.sql == "SELEC 1")
        #expect(error.description == "SQLite error 1: near \"SELEC\": syntax error (while running: SELEC 1)")
        let prepareError = try #require(throws: SQLiteError.self) { try database.makeStatement(sql: "SELECT * FROM nowhere") }
        #expect(prepareError.message == "no such table: nowhere")
        #expect(prepareError.sql == "SELECT * FROM nowhere")
    }

    @Test func cachedStatementIsPreparedOnceAndComesBackReset() throws {
        let first = try database.cachedStatement(sql: "SELECT ?")
        try first.bind("bound", at: 1)
        #expect(try first.step())
        let second = try database.cachedStatement(sql: "SELECT ?")
        #expect(first === second)
        #expect(try second.step())
        #expect(second.column(0) as String? == nil)  // bindings cleared
        #expect(try database.cachedStatement(sql: "SELECT 2") !== first)
    }

    @Test func transactionCommitsAndReturnsTheResult() throws {
        let result = try database.transaction {
            try database.execute(sql: "INSERT INTO t VALUES ('kept')")
            #expect(!database.isAutocommit)
            return 7
        }
        #expect(result == 7)
        #expect(database.isAutocommit)
        #expect(try values() == ["kept"])
    }

    @Test func transactionRollsBackOnThrowAndRethrowsTheFirstError() throws {
        #expect(throws: Failure(name: "first")) {
            try database.transaction {
                try database.execute(sql: "INSERT INTO t VALUES ('gone')")
                throw Failure(name: "first")
            }
        }
        #expect(database.isAutocommit)
        #expect(try values() == [])
    }

    @Test func transactionEndedByItsBodyStillReportsTheBodysError() throws {
        let error = try #require(throws: SQLiteError.self) {
            try database.transaction {
                try database.execute(sql: "INSERT INTO t VALUES ('a')")
                // Ends the transaction behind the helper's back: its own ROLLBACK would fail.
                try database.execute(sql: "ROLLBACK")
                try database.execute(sql: "INSERT INTO missing VALUES (1)")
            }
        }
        #expect(error.message == "no such table: missing")
        #expect(database.isAutocommit)
        #expect(try values() == [])
    }

    @Test func savepointUndoesOnlyItsOwnChanges() throws {
        try database.transaction {
            try database.execute(sql: "INSERT INTO t VALUES ('before')")
            #expect(throws: Failure(name: "inner")) {
                try database.savepoint {
                    try database.execute(sql: "INSERT INTO t VALUES ('inside')")
                    throw Failure(name: "inner")
                }
            }
            try database.savepoint {
                try database.execute(sql: "INSERT INTO t VALUES ('outer')")
                let inner = try #require(throws: SQLiteError.self) {
                    try database.savepoint { try database.execute(sql: "INSERT INTO t VALUES ('outer')") }
                }
                #expect(inner.isUniqueViolation)
            }
            try database.execute(sql: "INSERT INTO t VALUES ('after')")
        }
        #expect(try values() == ["before", "outer", "after"])
    }

    @Test func secondWriterGetsBusyError() throws {
        let other = try Database(path: database.path)
        try other.execute(sql: "PRAGMA busy_timeout = 20")
        try database.transaction {
            try database.execute(sql: "INSERT INTO t VALUES ('held')")
            let error = try #require(throws: SQLiteError.self) { try other.transaction {} }
            #expect(error.isBusy)
            #expect(error.extendedResultCode == 5)  // SQLITE_BUSY
            #expect(error.sql == "BEGIN IMMEDIATE")
        }
        #expect(try other.scalar(sql: "SELECT x FROM t") == "held")
    }

    @Test func openFailureNamesTheCause() throws {
        let error = try #require(throws: SQLiteError.self) {
            try Database(path: folder.file("missing/folder/db.sqlite"))
        }
        #expect(error.extendedResultCode == 14)  // SQLITE_CANTOPEN
        #expect(error.message == "unable to open database file (No such file or directory)")
    }
}
