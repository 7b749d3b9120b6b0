import HiwarModel

/// Splits folded text into sentences: at line breaks, and at `.`, `!`, `?` (Arabic `؟` folds to `?`)
/// that are followed by a space, unless the dot ends an abbreviation or a single initial ("U.S.", "Gen.", "S. Jaishankar").
enum SentenceSplitter {
    /// Sentence ranges in folded-scalar positions, trimmed of spaces, non-empty.
    static func sentences(in text: FoldedText) -> [Range<Int>] {
        let scalars = text.scalars
        var sentences: [Range<Int>] = []
        var start = 0
        func close(_ end: Int) {
            var lower = start, upper = end
            while lower < upper && (scalars[lower] == " " || scalars[lower] == "\n") { lower += 1 }
            while upper > lower && (scalars[upper - 1] == " " || scalars[upper - 1] == "\n") { upper -= 1 }
            if upper > lower { sentences.append(lower..<upper) }
            start = end
        }
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == "\n" {
                close(position + 1)
            } else if scalar == "." || scalar == "!" || scalar == "?" {
                var end = position + 1
                while end < scalars.count && (scalars[end] == "\"" || scalars[end] == "'" || scalars[end] == ")") { end += 1 }
                let atBreak = end == scalars.count || scalars[end] == " " || scalars[end] == "\n"
                if atBreak && !(scalar == "." && endsAbbreviation(text, dot: position)) {
                    close(end)
                    position = end
                    continue
                }
            }
            position += 1
        }
        close(scalars.count)
        return sentences
    }

    /// Whether the word before the dot at `dot` is an initial or a known abbreviation.
    private static func endsAbbreviation(_ text: FoldedText, dot: Int) -> Bool {
        let scalars = text.scalars
        var start = dot
        while start > 0 && TextFolding.isWordScalar(scalars[start - 1]) && scalars[start - 1].value < 0x80 { start -= 1 }
        let length = dot - start
        if length == 0 { return false }
        if length == 1 { return !(0x30...0x39).contains(scalars[start].value) }
        return abbreviations.contains(text.string(start..<dot))
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "cmdr", "brig", "sen", "rep",
        "gov", "prof", "st", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "inc", "corp", "co", "jr", "sr", "messrs", "rt", "hon",
    ]
}
