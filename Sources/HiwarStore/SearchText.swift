import HiwarModel

/// The one normalisation behind `hiwar search`, applied to articles when they are indexed and to
/// queries when they are run, so that both sides agree: `TextFolding`, then each Arabic word also
/// without its prefix clitics (the conjunctions و ف, the prepositions ب ل ك, the article ال and
/// their combinations), so that «حوار», «الحوار» and «والحوار» find each other.
enum SearchText {
    /// Prefixes taken off an Arabic word, longest first, as folded scalar values.
    static let clitics: [[UInt32]] = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"]
        .map { $0.unicodeScalars.map(\.value) }

    /// A folded word and its forms without prefix clitics: «والحوار» → والحوار, حوار, الحوار.
    /// A one-letter prefix comes off only when three letters stay, a longer one when two stay, so
    /// that short words keep their own first letter.
    static func variants(of word: ArraySlice<UInt32>) -> [String] {
        var drops: [Int] = []
        variantDrops(of: word, into: &drops)
        return drops.map { drop in String(String.UnicodeScalarView(word.dropFirst(drop).map { Unicode.Scalar($0)! })) }
    }

    /// The forms of `word` (see `variants(of:)`), each as how many leading scalars it drops, appended
    /// to `drops` in order. Every form is a suffix of the word, so two forms are the same text exactly
    /// when they drop as many scalars: the forms are compared as integers, never built as Strings.
    static func variantDrops(of word: ArraySlice<UInt32>, into drops: inout [Int]) {
        drops.removeAll(keepingCapacity: true)
        addVariants(of: word, dropping: 0, to: &drops)
    }

    /// Adds the form dropping `dropped` scalars of `word`, then those of what each clitic leaves of it,
    /// depth first, each once: a form already listed was listed with all the forms that follow from it.
    private static func addVariants(of word: ArraySlice<UInt32>, dropping dropped: Int, to drops: inout [Int]) {
        guard !drops.contains(dropped) else { return }
        drops.append(dropped)
        let rest = word.dropFirst(dropped)
        guard let first = rest.first, (0x0621...0x064A).contains(first) else { return }
        for clitic in clitics where rest.count - clitic.count >= (clitic.count == 1 ? 3 : 2) && begins(rest, with: clitic) {
            addVariants(of: word, dropping: dropped + clitic.count, to: &drops)
        }
    }

    /// `word.starts(with: prefix)`, which is generic and cost ten times as much for every clitic of every word.
    @inline(__always)
    private static func begins(_ word: ArraySlice<UInt32>, with prefix: [UInt32]) -> Bool {
        var index = word.startIndex
        for value in prefix {
            guard word[index] == value else { return false }
            index += 1
        }
        return true
    }

    /// The text as the search index stores it: every word's variants, separated by spaces.
    static func indexed(_ text: String) -> String {
        indexed(WordList(text))
    }

    /// The words as the search index stores them, written as UTF-8 bytes and made a String once.
    static func indexed(_ words: WordList) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(words.scalars.count * 3)
        var drops: [Int] = []
        for index in 0..<words.count {
            let word = words.word(index)
            variantDrops(of: word, into: &drops)
            for drop in drops {
                if !bytes.isEmpty { bytes.append(0x20) }
                for value in word.dropFirst(drop) { UTF8.encode(Unicode.Scalar(value)!) { bytes.append($0) } }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The FTS5 query for a user's words: each word, folded, matches any of its variants, and every
    /// word must match. Each variant is an FTS5 string, so nothing the user types (quotes, `*`,
    /// `NEAR`, `-`, `%`) is read as query syntax. Nil when the query holds no word at all.
    static func match(_ query: String) -> (fts: String, variants: Set<String>)? {
        let folded = WordList(query)
        let words = (0..<folded.count).map { variants(of: folded.word($0)) }
        guard !words.isEmpty else { return nil }
        let fts = words.map { forms in
            "(" + forms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        return (fts, Set(words.joined()))
    }

    /// A stretch of `text` around its first word matching one of `variants`, with every matching
    /// word marked `**like this**`, `…` where the stretch cuts the text, and line breaks as spaces;
    /// nil when no word matches.
    static func snippet(of text: String, matching variants: Set<String>, wordsAround: Int = 10) -> String? {
        let words = WordList(text)
        let hits = (0..<words.count).filter { !variants.isDisjoint(with: self.variants(of: words.word($0))) }
        guard let first = hits.first else { return nil }
        let shown = max(0, first - wordsAround)...min(words.count - 1, first + 2 * wordsAround)
        let original = Array(text.unicodeScalars)
        var snippet = String.UnicodeScalarView()
        var cursor = shown.lowerBound == 0 ? 0 : words.originalRanges[shown.lowerBound].lowerBound
        if shown.lowerBound > 0 { snippet.append(contentsOf: "…".unicodeScalars) }
        for index in hits where shown.contains(index) {
            let range = words.originalRanges[index]
            snippet.append(contentsOf: original[cursor..<range.lowerBound])
            snippet.append(contentsOf: "**".unicodeScalars)
            snippet.append(contentsOf: original[range])
            snippet.append(contentsOf: "**".unicodeScalars)
            cursor = range.upperBound
        }
        let end = shown.upperBound == words.count - 1 ? original.count : words.originalRanges[shown.upperBound].upperBound
        snippet.append(contentsOf: original[cursor..<end])
        if end < original.count { snippet.append(contentsOf: "…".unicodeScalars) }
        var line = String(String.UnicodeScalarView(snippet.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
        while line.last == " " { line.removeLast() }
        return line
    }
}
