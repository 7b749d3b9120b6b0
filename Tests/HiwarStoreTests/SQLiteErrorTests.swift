import Testing
import HiwarStore

@Suite struct SQLiteErrorTests {
    @Test func familiesFollowTheResultCode() {
        let unique = SQLiteError(extendedResultCode: 2067, message: "UNIQUE constraint failed: t.x", sql: "INSERT")
        #expect(unique.primaryResultCode == 19)
        #expect(unique.isConstraintViolation && unique.isUniqueViolation)
        #expect(!unique.isForeignKeyViolation && !unique.isBusy && !unique.isReadOnly)

        let foreignKey = SQLiteError(extendedResultCode: 787, message: "FOREIGN KEY constraint failed")
        #expect(foreignKey.isConstraintViolation && foreignKey.isForeignKeyViolation && !foreignKey.isUniqueViolation)

        let primaryKey = SQLiteError(extendedResultCode: 1555, message: "UNIQUE constraint failed: t.id")
        #expect(primaryKey.isUniqueViolation)

        let busySnapshot = SQLiteError(extendedResultCode: 517, message: "database is locked")  // SQLITE_BUSY_SNAPSHOT
        #expect(busySnapshot.isBusy && busySnapshot.primaryResultCode == 5 && !busySnapshot.isConstraintViolation)

        let readOnly = SQLiteError(extendedResultCode: 8, message: "attempt to write a readonly database")
        #expect(readOnly.isReadOnly)
    }

    @Test func descriptionGivesCodeMessageAndSQL() {
        #expect(SQLiteError(extendedResultCode: 2067, message: "UNIQUE constraint failed: t.x", sql: "INSERT INTO t VALUES (1)").description
                == "SQLite error 2067: UNIQUE constraint failed: t.x (while running: INSERT INTO t VALUES (1))")
        #expect(SQLiteError(extendedResultCode: 14, message: "unable to open database file").description
                == "SQLite error 14: unable to open database file")
    }

    @Test func extendedCodeConstantsMatchSQLite() {
        #expect(SQLiteError.constraintForeignKey == 787)
        #expect(SQLiteError.constraintPrimaryKey == 1555)
        #expect(SQLiteError.constraintUnique == 2067)
    }
}
