extension Database {
    /// Adds an article's folded title and body (`SearchText.indexed`) to `articles_search`.
    func index(_ articleID: Int64, title: String, body: String) throws {
        try cachedStatement(sql: "INSERT INTO articles_search (rowid, title, body) VALUES (?, ?, ?)")
            .execute([articleID, title, body])
    }

    /// Indexes every stored article: schemas 3 and 8 do this for archives made before them.
    func indexAllArticles() throws {
        let articles = try makeStatement(sql: "SELECT id, title, body FROM articles ORDER BY id")
        while try articles.step() {
            try index(articles.column(0), title: SearchText.indexed(articles.column(1)), body: SearchText.indexed(articles.column(2)))
        }
    }

    /// Takes out of `articles_search` the words of the articles deleted or changed since it last ran
    /// (`articles_unindexed`, filled by triggers), and indexes a changed article's new text.
    ///
    /// The index keeps no text (schema 8), so FTS5's 'delete' is given the folded text again. A row
    /// that was never indexed (an article added with another tool) is passed over: deleting words the
    /// index does not hold would corrupt it.
    func unindexRemovedArticles() throws {
        let removed = try cachedStatement(sql: "SELECT article_id, title, body FROM articles_unindexed ORDER BY rowid")
        var queued = false, unindexed: [Int64] = []
        while try removed.step() {
            queued = true
            let id: Int64 = removed.column(0)
            guard try scalar(sql: "SELECT 1 FROM articles_search_docsize WHERE id = ?", [id], as: Int.self) != nil else { continue }
            try cachedStatement(sql: "INSERT INTO articles_search (articles_search, rowid, title, body) VALUES ('delete', ?, ?, ?)")
                .execute([id, SearchText.indexed(removed.column(1)), SearchText.indexed(removed.column(2))])
            unindexed.append(id)
        }
        removed.reset()
        guard queued else { return }
        try execute(sql: "DELETE FROM articles_unindexed")
        let changed = try cachedStatement(sql: "SELECT title, body FROM articles WHERE id = ?")
        for id in unindexed {
            try changed.bind(id, at: 1)
            if try changed.step() {
                try index(id, title: SearchText.indexed(changed.column(0)), body: SearchText.indexed(changed.column(1)))
            }
            changed.reset()
        }
    }
}
