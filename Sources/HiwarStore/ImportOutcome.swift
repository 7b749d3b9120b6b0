/// What `ImportSession.add` did with an article.
public enum ImportOutcome: Equatable, Sendable {
    /// The article is new: it was stored with this many events.
    case imported(articleID: Int64, events: Int)
    /// An article with the same title and body (`Article.contentHash`) is already in the archive.
    case alreadyPresent(articleID: Int64)
}
