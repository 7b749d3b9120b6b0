/// One news article as read from a file or a JSON Lines record, before it is stored.
///
/// `body` is kept exactly as written: evidence offsets point into it.
public struct Article: Hashable, Sendable {
    public var title: String
    public var body: String
    public var source: String?
    public var url: String?
    /// Anchors relative dates ("yesterday", «أمس»).
    public var published: PartialDate?
    /// `ar`, `en`, … as given, or detected from the text when absent.
    public var language: String?
    /// Where the article was read from: a path, `path:LINE` for JSON Lines, or `-` for standard input.
    public var origin: String?

    public init(title: String, body: String, source: String? = nil, url: String? = nil,
                published: PartialDate? = nil, language: String? = nil, origin: String? = nil) {
        self.title = title
        self.body = body
        self.source = source
        self.url = url
        self.published = published
        self.language = language
        self.origin = origin
    }

    /// The idempotency key: SHA-256 (hex) of the title and body, so re-importing the same text
    /// from another path or feed is recognised as already present.
    public var contentHash: String {
        SHA256.hex(of: Array((title + "\n" + body).utf8))
    }
}
