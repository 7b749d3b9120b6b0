import HiwarModel

/// An article as `hiwar articles` lists it: its fields without the body, and how many events it reports.
public struct ArticleSummary: Hashable, Sendable {
    public var id: Int64
    public var title: String
    public var source: String?
    public var url: String?
    public var published: PartialDate?
    public var language: String?
    public var origin: String?
    /// Events this article reports (merged events included).
    public var events: Int

    /// The columns `init(_:)` reads, from `articles AS a`.
    static let columns = """
        a.id, a.title, a.source, a.url, a.published, a.language, a.origin,
        (SELECT count(DISTINCT event_id) FROM mentions WHERE article_id = a.id)
        """

    /// Reads the current row of a statement that selects `columns` first.
    init(_ statement: Statement) {
        id = statement.column(0)
        title = statement.column(1)
        source = statement.column(2)
        url = statement.column(3)
        published = (statement.column(4) as String?).flatMap(PartialDate.init)
        language = statement.column(5)
        origin = statement.column(6)
        events = statement.column(7)
    }
}

/// Which articles a listing or a search asks for. Empty fields do not filter.
public struct ArticleFilter: Hashable, Sendable {
    /// Language code as stored (`ar`, `en`).
    public var language: String?
    /// Articles published within the range; a partial bound covers its whole period, and an
    /// article dated only `2023-08` falls inside a range that touches August 2023.
    public var from: PartialDate?
    public var to: PartialDate?

    public init(language: String? = nil, from: PartialDate? = nil, to: PartialDate? = nil) {
        self.language = language
        self.from = from
        self.to = to
    }

    /// The filter as conditions on `articles` (alias `a`), joined with AND, and their arguments.
    var sqlConditions: (sql: [String], arguments: [(any SQLiteValue)?]) {
        var conditions: [String] = [], arguments: [(any SQLiteValue)?] = []
        if let language {
            conditions.append("a.language = ?")
            arguments.append(language)
        }
        // A partial date is never greater than a full date inside its period, and never smaller
        // than its own first day's prefix: `published >= substr(F, 1, length(published))` keeps
        // `2023-08` for F = 2023-08-15.
        if let from {
            conditions.append("a.published >= substr(?, 1, length(a.published))")
            arguments.append(from.firstDay.description)
        }
        if let to {
            conditions.append("a.published <= ?")
            arguments.append(to.lastDay.description)
        }
        return (conditions, arguments)
    }
}
