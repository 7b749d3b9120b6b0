import HiwarModel

/// Reads articles from files, folders and standard input.
///
/// Two formats are understood:
/// - **Text** (`.txt`, or any explicitly named file such as `.md`): one article, with an optional front-matter
///   block as `corpus/GOLD-FORMAT.md` describes it. The body is the whole text after the front matter,
///   headline line included, so no sentence is lost to extraction and evidence offsets count from the
///   first character after the closing `---` (or from the start of a file without front matter).
///   Without a `title` key, the title is the first non-empty line. A UTF-8 byte order mark is dropped
///   and CRLF line ends become LF; nothing else in the body changes.
/// - **JSON Lines** (`.jsonl`, `.ndjson`, or standard input whose first non-blank character is `{`):
///   one article per line with `title` and `body`, and optionally `url`, `published`, `source`,
///   `language`. Each line is an article of its own, with origin `path:LINE`; a bad line is an error
///   for that line only.
///
/// Problems come back as ``ArticleReadError`` values next to the articles that did read, so one bad
/// file never stops a batch.
public enum ArticleReader {
    /// How a file's bytes are laid out.
    public enum Format: Sendable {
        case text
        case jsonLines

        /// The format a path's extension stands for: JSON Lines for `.jsonl` and `.ndjson`, text otherwise.
        public init(path: String) {
            self = ArticleReader.jsonLinesExtensions.contains(path.pathExtension) ? .jsonLines : .text
        }

        /// JSON Lines when the first character that is not white space is `{`, text otherwise.
        public init(sniffing bytes: ArraySlice<UInt8>) {
            let first = ArticleReader.droppingByteOrderMark(bytes).first { !ArticleReader.isBlank($0) }
            self = first == UInt8(ascii: "{") ? .jsonLines : .text
        }
    }

    /// Extensions of the files picked up when walking a folder (lower case). Markdown is read only
    /// when named: article folders commonly carry their notes as `README.md` or `INDEX.md`.
    public static let articleExtensions = jsonLinesExtensions.union(["txt"])
    static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    /// The articles at `paths`, read lazily one file (or one JSON Lines record) at a time.
    ///
    /// A path is a file (read whatever its extension), a folder (walked recursively in sorted order,
    /// skipping hidden entries, symbolic links to folders, and files whose extension is not in
    /// ``articleExtensions``), or `-` for standard input.
    ///
    /// A text file or standard input longer than `maxArticleBytes` is refused, unread past the
    /// limit, so a stray disk image or log cannot fill memory.
    public static func articles(at paths: [String], maxArticleBytes: Int = defaultMaxArticleBytes) -> Stream {
        Stream(paths: paths, maxArticleBytes: maxArticleBytes)
    }

    /// The largest text article read by default: 5 MB, a hundred times the longest news article.
    public static let defaultMaxArticleBytes = 5_000_000

    /// Every article at `path` (a file, a folder or `-`), with the errors in reading order.
    public static func read(contentsOf path: String) -> [Result<Article, ArticleReadError>] {
        Array(articles(at: [path]))
    }

    /// The articles in `bytes`, read as `format` (sniffed from the content when nil).
    /// `origin` names the source in the articles and errors.
    public static func read(bytes: [UInt8], origin: String, format: Format? = nil) -> [Result<Article, ArticleReadError>] {
        switch format ?? Format(sniffing: bytes[...]) {
        case .text:
            return [textArticle(bytes, origin: origin)]
        case .jsonLines:
            var results: [Result<Article, ArticleReadError>] = []
            var splitter = LineSplitter(bytes: bytes)
            while let line = splitter.next() {
                if let result = jsonLinesArticle(line, origin: origin) { results.append(result) }
            }
            return results
        }
    }

    /// `bytes` without a leading UTF-8 byte order mark.
    static func droppingByteOrderMark(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

extension String {
    /// The lower-cased text after the last dot of a path's file name, or "" when it has none
    /// (a leading dot, as in `.hidden`, starts no extension).
    var pathExtension: String {
        let name = self[(lastIndex(of: "/").map(index(after:)) ?? startIndex)...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
