import HiwarModel

extension ArticleReader {
    /// The one article in a text file's bytes (see ``ArticleReader`` for the layout).
    static func textArticle(_ bytes: [UInt8], origin: String) -> Result<Article, ArticleReadError> {
        Result { () throws(ArticleReadError) in
            let content = try utf8Content(of: bytes, origin: origin)
            var text = try decodeText(content, fileOffset: content.startIndex, origin: origin)
            if text.unicodeScalars.contains("\r") {
                text = String(decoding: withLineFeeds(content), as: UTF8.self)
            }
            guard !text.allSatisfy(\.isWhitespace) else {
                throw ArticleReadError(origin: origin, reason: bytes.isEmpty ? "empty file" : "only white space, no text")
            }
            let (frontMatter, body, closingLine) = try FrontMatter.split(text, origin: origin)
            guard let headline = body.split(separator: "\n").lazy.map({ $0.trimmingWhiteSpace() }).first(where: { !$0.isEmpty })
            else {
                throw ArticleReadError(origin: origin, line: closingLine, reason: "no article text after the front matter")
            }
            let bodyText = String(body)
            return Article(title: frontMatter?.title ?? String(headline), body: bodyText,
                           source: frontMatter?.source, url: frontMatter?.url, published: frontMatter?.published,
                           language: frontMatter?.language ?? detectedLanguage(of: bodyText), origin: origin)
        }
    }

    /// `bytes` with each CR that ends a line (CRLF) removed; a lone CR stays.
    private static func withLineFeeds(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for index in bytes.indices where !(bytes[index] == 0x0D && index + 1 < bytes.endIndex && bytes[index + 1] == 0x0A) {
            result.append(bytes[index])
        }
        return result
    }
}
