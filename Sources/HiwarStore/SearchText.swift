import HiwarModel

/// The one normalisation behind `hiwar search`, applied to articles when they are indexed and to
/// queries when they are run, so that both sides agree: `TextFolding`, then each Arabic word also
/// without its prefix clitics (the conjunctions و ف, the prepositions ب ل ك, the article ال and
/// their combinations), so that «حوار», «الحوار» and «والحوار» find each other.
enum SearchText {
    /// Prefixes taken off an Arabic word, longest first.
    static let clitics: [[Unicode.Scalar]] = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"]
        .map { Array($0.unicodeScalars) }

    /// The folded words of `text`, each as its range in `folded.scalars`.
    static func words(in folded: FoldedText) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for (index, scalar) in folded.scalars.enumerated() {
            if TextFolding.isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let first = start {
                words.append(first..<index)
                start = nil
            }
        }
        if let start { words.append(start..<folded.scalars.count) }
        return words
    }

    /// A folded word and its forms without prefix clitics: «والحوار» → والحوار, الحوار, حوار.
    /// A one-letter prefix comes off only when three letters stay, a longer one when two stay, so
    /// that short words keep their own first letter.
    static func variants(of word: ArraySlice<Unicode.Scalar>) -> [String] {
        var forms = [String(String.UnicodeScalarView(word))]
        guard let first = word.first, (0x0621...0x064A).contains(first.value) else { return forms }
        for clitic in clitics where word.starts(with: clitic) && word.count - clitic.count >= (clitic.count == 1 ? 3 : 2) {
            for form in variants(of: word.dropFirst(clitic.count)) where !forms.contains(form) { forms.append(form) }
        }
        return forms
    }

    /// The text as the search index stores it: every word's variants, separated by spaces.
    static func indexed(_ text: String) -> String {
        let folded = FoldedText(text)
        return words(in: folded).map { variants(of: folded.scalars[$0]).joined(separator: " ") }.joined(separator: " ")
    }

    /// The FTS5 query for a user's words: each word, folded, matches any of its variants, and every
    /// word must match. Each variant is an FTS5 string, so nothing the user types (quotes, `*`,
    /// `NEAR`, `-`, `%`) is read as query syntax. Nil when the query holds no word at all.
    static func match(_ query: String) -> (fts: String, variants: Set<String>)? {
        let folded = FoldedText(query)
        let words = words(in: folded).map { variants(of: folded.scalars[$0]) }
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
        let folded = FoldedText(text)
        let words = words(in: folded)
        let hits = words.indices.filter { !variants.isDisjoint(with: self.variants(of: folded.scalars[words[$0]])) }
        guard let first = hits.first else { return nil }
        let shown = max(0, first - wordsAround)...min(words.count - 1, first + 2 * wordsAround)
        let original = Array(text.unicodeScalars)
        var snippet = String.UnicodeScalarView()
        var cursor = shown.lowerBound == 0 ? 0 : folded.originalRange(words[shown.lowerBound]).lowerBound
        if shown.lowerBound > 0 { snippet.append(contentsOf: "…".unicodeScalars) }
        for index in hits where shown.contains(index) {
            let range = folded.originalRange(words[index])
            snippet.append(contentsOf: original[cursor..<range.lowerBound])
            snippet.append(contentsOf: "**".unicodeScalars)
            snippet.append(contentsOf: original[range])
            snippet.append(contentsOf: "**".unicodeScalars)
            cursor = range.upperBound
        }
        let end = shown.upperBound == words.count - 1 ? original.count : folded.originalRange(words[shown.upperBound]).upperBound
        snippet.append(contentsOf: original[cursor..<end])
        if end < original.count { snippet.append(contentsOf: "…".unicodeScalars) }
        var line = String(String.UnicodeScalarView(snippet.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
        while line.last == " " { line.removeLast() }
        return line
    }
}
