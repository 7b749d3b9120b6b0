extension Database {
    /// Adds an article's folded title and body (`SearchText.indexed`) to `articles_search`.
    func index(_ articleID: Int64, title: String, body: String) throws {
        try cachedStatement(sql: "INSERT INTO articles_search (rowid, title, body) VALUES (?, ?, ?)")
            .execute([articleID, title, body])
    }

    /// Indexes every stored article: schema 3 does this for archives made before it.
    func indexAllArticles() throws {
        let articles = try makeStatement(sql: "SELECT id, title, body FROM articles ORDER BY id")
        while try articles.step() {
            try index(articles.column(0), title: SearchText.indexed(articles.column(1)), body: SearchText.indexed(articles.column(2)))
        }
    }
}
