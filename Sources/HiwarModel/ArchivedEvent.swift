/// An event as the archive holds it: an id, the event's fields, and every article that reports it.
public struct ArchivedEvent: Hashable, Sendable {
    public var id: Int64
    public var event: Event
    /// One entry per reporting article, oldest import first.
    public var sources: [EventSource]

    public init(id: Int64, event: Event, sources: [EventSource]) {
        self.id = id
        self.event = event
        self.sources = sources
    }

    /// How many independent articles report the event: a syndicated copy of another source's text
    /// (`EventSource.copyOf`) is listed among the sources but not counted again.
    public var sourceCount: Int {
        Set(sources.lazy.filter { $0.copyOf == nil }.map(\.articleID)).count
    }
}

/// One article's report of an event: which article, and the sentence that says so.
public struct EventSource: Hashable, Sendable {
    public var articleID: Int64
    public var title: String
    public var url: String?
    public var published: PartialDate?
    public var language: String?
    public var evidence: Evidence
    /// The earlier source whose text this article copies (a near-identical body), nil when the
    /// report is independent.
    public var copyOf: Int64?

    public init(articleID: Int64, title: String, url: String?, published: PartialDate?, language: String?, evidence: Evidence,
                copyOf: Int64? = nil) {
        self.articleID = articleID
        self.title = title
        self.url = url
        self.published = published
        self.language = language
        self.evidence = evidence
        self.copyOf = copyOf
    }
}
