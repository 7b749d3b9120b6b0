import HiwarModel

extension Clause {
    /// The days a round of talks spans, from the one day its clause gives: a range the sentence gives around that
    /// day («اختتمت أمس … الذي عُقد يومي 6 و7 فبراير»), or a length counted back from a closing day («اختتمت أمس …
    /// على مدى يومين», "wrapped up two days of talks on Wednesday") or on from an opening one («انطلقت … الذي يستمر
    /// يومين»).
    func span(of date: DateMention) -> DateMention {
        guard date.end == nil, let day = DateReader.Day(date.start) else { return date }
        if let range = sentence.dates.first(where: { mention in
            guard let first = DateReader.Day(mention.start), let last = mention.end.flatMap(DateReader.Day.init) else { return false }
            return !(day < first) && !(last < day)
        }) {
            return range
        }
        guard let length = sentence.lengthInDays, length > 1 else { return date }
        var spanned = date
        if closes(at: date.range.lowerBound) {
            spanned.start = (day + (1 - length)).date
            spanned.end = date.start
        } else {
            spanned.end = (day + (length - 1)).date
        }
        return spanned
    }

    /// Whether the verb nearest before a date closes the round («اختتمت أمس») rather than opens it («انطلق يوم
    /// الأربعاء … واستمر يومين»).
    private func closes(at position: Int) -> Bool {
        let before = sentence.tokens.prefix { $0.range.upperBound <= position }
        let closing = before.lastIndex { Lexicon.closingWords.contains($0.text) }
        let opening = before.lastIndex { Lexicon.openingWords.contains($0.text) }
        guard let closing else { return false }
        return opening.map { $0 < closing } ?? true
    }
}

extension SentenceAnalysis {
    /// How many days the sentence says an event lasts: «يومين», «ثلاثة أيام», "two-day", "three days".
    var lengthInDays: Int? {
        for (index, token) in tokens.enumerated() {
            if let days = Lexicon.dualDays[token.text] { return days }
            guard Lexicon.dayUnits.contains(token.text), index > 0 else { continue }
            var previous = index - 1
            if tokens[previous].text == "-", previous > 0 { previous -= 1 }
            if let count = Lexicon.countWords[tokens[previous].text] ?? Int(tokens[previous].text) { return count }
        }
        return nil
    }
}
