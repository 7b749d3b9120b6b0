import Foundation
import HiwarModel

extension ArticleReader {
    /// The article on one JSON Lines line, or nil for a blank line.
    static func jsonLinesArticle(_ line: LineSplitter.Line, origin: String) -> Result<Article, ArticleReadError>? {
        var bytes = line.number == 1 ? droppingByteOrderMark(line.bytes) : line.bytes
        if bytes.last == 0x0D { bytes.removeLast() }
        guard bytes.contains(where: { !isBlank($0) }) else { return nil }
        return Result { () throws(ArticleReadError) in
            func failure(_ reason: String) -> ArticleReadError {
                ArticleReadError(origin: origin, line: line.number, reason: reason)
            }
            _ = try decodeText(bytes, fileOffset: line.offset + bytes.startIndex - line.bytes.startIndex,
                               origin: origin, line: line.number)
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(bytes))
            } catch {
                let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
                throw failure("not valid JSON" + (detail.map { " (\($0.lowercasedFirst.trimmingTrailingPeriod))" } ?? ""))
            }
            guard let record = object as? [String: Any] else { throw failure("not a JSON object") }
            func text(_ key: String) throws(ArticleReadError) -> String? {
                switch record[key] {
                case nil, is NSNull: return nil
                case let value as String: return value.trimmingWhiteSpace().isEmpty ? nil : value
                default: throw failure("“\(key)” is not a string")
                }
            }
            guard let title = try text("title") else { throw failure("no “title”") }
            guard let body = try text("body") else { throw failure("no “body”") }
            let published = try text("published").map { value throws(ArticleReadError) in
                try publishedDate(value, origin: origin, line: line.number)
            }
            return Article(title: String(title.trimmingWhiteSpace()), body: body, source: try text("source"),
                           url: try text("url"), published: published,
                           language: try text("language")?.lowercased() ?? detectedLanguage(of: body),
                           origin: "\(origin):\(line.number)")
        }
    }
}

extension String {
    fileprivate var lowercasedFirst: String {
        prefix(1).lowercased() + dropFirst()
    }

    fileprivate var trimmingTrailingPeriod: String {
        hasSuffix(".") ? String(dropLast()) : self
    }
}
