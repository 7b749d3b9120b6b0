/// Why a file, or one line of a JSON Lines file, could not be read as an article.
///
/// Its description is the line a person sees: `path:LINE: reason`, or `path: reason` when no
/// line applies, in the style of compilers and `grep`, so editors can jump to the spot.
public struct ArticleReadError: Error, CustomStringConvertible, Hashable, Sendable {
    /// The path as given (or found in a folder), or `-` for standard input.
    public var origin: String
    /// The 1-based line the problem is on, when it has one.
    public var line: Int?
    /// What is wrong, in words a person can act on.
    public var reason: String

    public init(origin: String, line: Int? = nil, reason: String) {
        self.origin = origin
        self.line = line
        self.reason = reason
    }

    public var description: String {
        line.map { "\(origin):\($0): \(reason)" } ?? "\(origin): \(reason)"
    }
}

extension ArticleReadError {
    /// A text file, or a JSON Lines line, longer than the size limit for one article.
    static func tooLarge(origin: String, line: Int? = nil, limit: Int) -> ArticleReadError {
        ArticleReadError(origin: origin, line: line, reason: "larger than the \(limit)-byte limit for one article; "
                         + "raise it with --max-article-bytes if this really is one article")
    }
}
