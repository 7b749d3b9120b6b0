import HiwarModel

/// An article found by `Archive.search`, with the stretch of text that matched.
public struct SearchHit: Hashable, Sendable {
    public var article: ArticleSummary
    /// Words around the first hit in the body (else the title), hits marked `**like this**`.
    public var snippet: String
}

/// A search that cannot be run, in words a person can act on.
public enum SearchError: Error, Equatable, CustomStringConvertible {
    /// The query holds no letters or digits to look for.
    case noWords(query: String)

    public var description: String {
        switch self {
        case .noWords(let query): "the query “\(query)” has no word to search for; give letters or digits"
        }
    }
}

extension Archive {
    /// Streams the articles holding every word of `query`, best match first (FTS5 `rank`), that
    /// pass `filter`, at most `limit` of them. Arabic and Latin text and the query are folded alike
    /// (`SearchText`); the query is never read as FTS5 syntax.
    public func search(_ query: String, matching filter: ArticleFilter, limit: Int,
                       _ each: (SearchHit) throws -> Void) throws {
        guard let match = SearchText.match(query) else { throw SearchError.noWords(query: query) }
        let conditions = filter.sqlConditions
        let statement = try database.makeStatement(sql: Self.searchSQL(match: "?", conditions: conditions.sql, limit: "?"))
        try statement.bind([match.fts] + conditions.arguments + [limit])
        while try statement.step() {
            let article = ArticleSummary(statement)
            let snippet = SearchText.snippet(of: statement.column(8), matching: match.variants)
                ?? SearchText.snippet(of: article.title, matching: match.variants) ?? article.title
            try each(SearchHit(article: article, snippet: snippet))
        }
    }

    /// The SELECT `search` runs, its FTS5 query and limit given as SQL text (placeholders or literals).
    private static func searchSQL(match: String, conditions: [String], limit: String) -> String {
        """
        SELECT \(ArticleSummary.columns), a.body
        FROM articles_search JOIN articles AS a ON a.id = articles_search.rowid
        WHERE \((["articles_search MATCH \(match)"] + conditions).joined(separator: " AND "))
        ORDER BY rank LIMIT \(limit)
        """
    }

    /// The SELECT `search` runs for `query` over every article, with its arguments written in as SQL
    /// literals: for the `sqlite3` tool, which hiwar-bench times beside hiwar. Nil when the query holds no word.
    public static func searchSQL(_ query: String, limit: Int) -> String? {
        SearchText.match(query).map { searchSQL(match: Database.sqlLiteral($0.fts), conditions: [], limit: "\(limit)") }
    }

    /// An article's title and body as `articles_search` indexes them (`SearchText.indexed`): for
    /// hiwar-bench's floor, which builds the same index from the same rows with the `sqlite3` tool.
    public static func searchRow(title: String, body: String) -> (title: String, body: String) {
        (SearchText.indexed(title), SearchText.indexed(body))
    }
}
