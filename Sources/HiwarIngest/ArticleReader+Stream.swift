import HiwarModel

extension ArticleReader {
    /// The articles at a list of paths, read on demand: a text file when its turn comes, a JSON
    /// Lines file one line at a time, a folder's listing when the walk reaches it. Memory stays
    /// flat however many files a batch names. Iterate it once.
    public struct Stream: Sequence, IteratorProtocol {
        /// Paths still to read, the next one last.
        private var pending: [String]
        /// The JSON Lines input being read, if any.
        private var records: (lines: LineSplitter, origin: String)?

        /// The size past which a text article is refused.
        private let maxArticleBytes: Int

        init(paths: [String], maxArticleBytes: Int) {
            self.pending = paths.reversed()
            self.maxArticleBytes = maxArticleBytes
        }

        public mutating func next() -> Result<Article, ArticleReadError>? {
            while true {
                if let result = nextRecord() { return result }
                guard let path = pending.popLast() else { return nil }
                do {
                    if let article = try open(path) { return article }
                } catch {
                    return .failure(error)
                }
            }
        }

        /// Reads a text file, or starts on a JSON Lines file or a folder (and returns nil).
        private mutating func open(_ path: String) throws(ArticleReadError) -> Result<Article, ArticleReadError>? {
            if path == "-" { return try openStandardInput() }
            if try kind(of: path, followingLinks: true) == .directory {
                pending += try entries(of: path).reversed()
                return nil
            }
            let file = try InputFile(path: path)
            switch Format(path: path) {
            case .text:
                return textArticle(try file.readToEnd(limit: maxArticleBytes), origin: path)
            case .jsonLines:
                records = (LineSplitter(bytes: [], file: file, maxLineBytes: maxArticleBytes), path)
                return nil
            }
        }

        /// Standard input is JSON Lines when its first non-blank character is `{`, else one text article.
        private mutating func openStandardInput() throws(ArticleReadError) -> Result<Article, ArticleReadError>? {
            let input = InputFile.standardInput()
            var head: [UInt8] = []
            while droppingByteOrderMark(head[...]).allSatisfy(isBlank), case let chunk = try input.read(), !chunk.isEmpty {
                head += chunk
            }
            switch Format(sniffing: head[...]) {
            case .text:
                return textArticle(try input.readToEnd(after: head, limit: maxArticleBytes), origin: input.origin)
            case .jsonLines:
                records = (LineSplitter(bytes: head, file: input, maxLineBytes: maxArticleBytes), input.origin)
                return nil
            }
        }

        /// The next article or error of the JSON Lines input being read, nil once it is done.
        private mutating func nextRecord() -> Result<Article, ArticleReadError>? {
            guard records != nil else { return nil }
            while let line = records!.lines.next() {
                if line.isTooLong {
                    return .failure(.tooLarge(origin: records!.origin, line: line.number, limit: maxArticleBytes))
                }
                if let result = jsonLinesArticle(line, origin: records!.origin) { return result }
            }
            defer { records = nil }
            return records!.lines.failure.map { .failure($0) }
        }
    }
}
