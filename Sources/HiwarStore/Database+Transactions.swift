extension Database {
    /// Runs `body` in one `BEGIN IMMEDIATE` transaction and commits; on any error, rolls back and
    /// rethrows that first error (a failed rollback never hides why the transaction failed).
    ///
    /// IMMEDIATE takes the write lock up front, so two writers wait for each other (up to
    /// `busyTimeout`) at BEGIN instead of failing halfway through.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute(sql: "BEGIN IMMEDIATE")
        return try completing(body, commit: "COMMIT", rollback: "ROLLBACK")
    }

    /// Runs `body` as one all-or-nothing unit inside the current transaction (or as its own
    /// transaction when none is open): on any error, its changes are undone and the error rethrown,
    /// while the changes made before the savepoint stay. Savepoints nest.
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        try execute(sql: "SAVEPOINT hiwar")
        // ROLLBACK TO keeps the savepoint open; RELEASE then closes it.
        return try completing(body, commit: "RELEASE hiwar", rollback: "ROLLBACK TO hiwar; RELEASE hiwar")
    }

    private func completing<T>(_ body: () throws -> T, commit: String, rollback: String) throws -> T {
        do {
            let result = try body()
            try execute(sql: commit)
            return result
        } catch {
            // Some failures (a full disk, I/O) end the transaction by themselves: then there is
            // nothing left to roll back, and the rollback's own error is not what went wrong.
            if !isAutocommit { try? execute(sql: rollback) }
            throw error
        }
    }
}
