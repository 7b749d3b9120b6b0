import HiwarModel

/// The `---` block that may open an article file, with the keys Hiwar knows:
/// `title`, `source`, `url`, `published` and `language` (see `corpus/GOLD-FORMAT.md`).
///
/// Each line is `key: value`; values may be wrapped in matching single or double quotes; blank
/// lines and `#` comments are skipped and unknown keys ignored, so files written for other tools
/// still read.
struct FrontMatter: Hashable, Sendable {
    var title: String?
    var source: String?
    var url: String?
    var published: PartialDate?
    var language: String?

    /// The front matter opening `text` (nil when its first line is not `---`) and the text after
    /// the closing `---` line, with the 1-based number of the closing line.
    static func split(_ text: String, origin: String) throws(ArticleReadError)
        -> (frontMatter: FrontMatter?, body: Substring, closingLine: Int) {
        var lines = Lines(text)
        guard let first = lines.next(), isFence(first.text) else { return (nil, text[...], 0) }
        var block: [Lines.Line] = []
        while let line = lines.next() {
            guard !isFence(line.text) else {
                var frontMatter = FrontMatter()
                for entry in block { try frontMatter.read(entry, origin: origin) }
                return (frontMatter, text[line.end...], line.number)
            }
            block.append(line)
        }
        throw ArticleReadError(origin: origin, line: first.number,
                               reason: "front matter opened here is never closed (no second --- line)")
    }

    private mutating func read(_ line: Lines.Line, origin: String) throws(ArticleReadError) {
        let content = line.text.trimmingWhiteSpace()
        if content.isEmpty || content.hasPrefix("#") { return }
        guard let colon = content.firstIndex(of: ":") else {
            throw ArticleReadError(origin: origin, line: line.number,
                                   reason: "front matter line is not “key: value”")
        }
        let key = content[..<colon].trimmingWhiteSpace().lowercased()
        let value = Self.unquoted(content[content.index(after: colon)...].trimmingWhiteSpace())
        let given = value.isEmpty ? nil : value
        switch key {
        case "title": title = given
        case "source": source = given
        case "url": url = given
        case "language": language = given?.lowercased()
        case "published": published = try given.map { value throws(ArticleReadError) in
            try ArticleReader.publishedDate(value, origin: origin, line: line.number)
        }
        default: break
        }
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingWhiteSpace() == "---"
    }

    private static func unquoted(_ value: Substring) -> String {
        for quote in ["\"", "'"] as [Character] where value.count >= 2 && value.first == quote && value.last == quote {
            return String(value.dropFirst().dropLast())
        }
        return String(value)
    }

    /// The lines of a text with their 1-based numbers and where the next line starts.
    private struct Lines: IteratorProtocol {
        struct Line {
            var number: Int
            var text: Substring
            /// The index just past this line's newline.
            var end: String.Index
        }

        private let text: String
        private var position: String.Index
        private var number = 0

        init(_ text: String) {
            self.text = text
            self.position = text.startIndex
        }

        mutating func next() -> Line? {
            guard position < text.endIndex else { return nil }
            let newline = text[position...].firstIndex(of: "\n") ?? text.endIndex
            number += 1
            let line = Line(number: number, text: text[position..<newline],
                            end: newline < text.endIndex ? text.index(after: newline) : newline)
            position = line.end
            return line
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line ends, no-break spaces).
    func trimmingWhiteSpace() -> SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        return self[first...last]
    }
}
