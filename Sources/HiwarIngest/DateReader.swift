import HiwarModel

/// A date expression found in text.
public struct DateMention: Hashable, Sendable {
    /// The first day, month or year the expression denotes.
    public var start: PartialDate
    /// The last one, for ranges ("من 7 إلى 8 آب 2023", "Aug. 7-8, 2023"); nil otherwise.
    public var end: PartialDate?
    /// Where the expression lies, in folded-scalar positions of the text passed in.
    public var range: Range<Int>
    /// Whether the publication date supplied any part of it ("yesterday", «أمس», "on 12 March").
    public var isRelative: Bool

    public init(start: PartialDate, end: PartialDate? = nil, range: Range<Int>, isRelative: Bool) {
        self.start = start
        self.end = end
        self.range = range
        self.isRelative = isRelative
    }
}

/// Finds Gregorian dates in Arabic and English news copy, as precisely as the text gives them.
///
/// It reads folded text (`TextFolding`), split into words, numbers and marks, with rules over
/// the words of `Resources/months.tsv` (month names in their Levantine, Egyptian, Gulf and Maghreb
/// forms, Arabic ordinal days, weekdays, "last"/«الماضي»). Choices where the press is ambiguous:
/// - A day and month without a year take the anchor's year, or the previous year when that would put
///   them more than 61 days after the anchor; after a cue of the future ("will", «سيعقد») they take the
///   first such day on or after the anchor. Without an anchor they yield nothing.
/// - A bare weekday is the latest such day on or before the anchor (on or after it after a cue of the
///   future); "last"/«الماضي» is strictly before, "next"/«المقبل» strictly after.
/// - "Last week"/«الأسبوع الماضي» gives the month of the day a week before the anchor: gold files
///   record it to the month, and a coarser date is never wrong where a finer one may be.
/// - `07/08/2023` is day/month/year unless only month/day/year is possible (`12/25/2023`).
/// - Spans that are a subject rather than a time ("the 2020–2030 roadmap", «من 2020 إلى 2030»),
///   impossible dates («31 شباط 2023», "2023-13-01"), quantities ("2,000", "2000 troops"), times
///   ("10:30"), model names ("F-16") and numbers named by a label ("Resolution 1973", «رؤية 2030»)
///   yield nothing. A year is 1900…2100, so Hijri years (1445 هـ) are never read as Gregorian ones.
public struct DateReader: Sendable {
    let vocabulary: Vocabulary

    public init() {
        vocabulary = .standard
    }

    /// Every date expression in `text[range]`, left to right, non-overlapping (longest match wins).
    /// `anchor` is the article's `published` date (or nil): it resolves relative expressions and completes
    /// day-month expressions without a year. Without an anchor, relative expressions yield nothing.
    public func mentions(in text: FoldedText, range: Range<Int>, anchor: PartialDate?) -> [DateMention] {
        let pieces = Piece.pieces(of: text, in: range)
        let parser = Parser(pieces: pieces, lexemes: vocabulary.lexemes(in: pieces, of: text), anchor: anchor)
        return parser.mentions()
    }

    /// Convenience for tests and callers holding a String: folds it with TextFolding first; ranges are then in folded positions.
    public func mentions(in text: String, anchor: PartialDate?) -> [DateMention] {
        let folded = FoldedText(text)
        return mentions(in: folded, range: 0..<folded.scalars.count, anchor: anchor)
    }
}

extension DateReader {
    /// Applies the date rules to the pieces of one text. The rules live in `DateReader+Absolute.swift`
    /// (dates the text spells out) and `DateReader+Relative.swift` (dates counted from the anchor).
    struct Parser {
        let pieces: [Piece]
        let lexemes: [[Lexeme]]
        let anchor: PartialDate?

        /// What a rule read: the index of the piece after it, and the date, or nil when the words are
        /// consumed without naming a date (a span, an impossible date, a day with no year to give it).
        struct Match {
            let end: Int
            let found: Found?
        }

        struct Found {
            var start: PartialDate
            var end: PartialDate?
            var isRelative: Bool
        }

        func mentions() -> [DateMention] {
            var mentions: [DateMention] = []
            var index = 0
            while index < pieces.count {
                guard let match = longestMatch(at: index) else {
                    index += 1
                    continue
                }
                if let found = match.found {
                    let range = pieces[index].range.lowerBound..<pieces[match.end - 1].range.upperBound
                    mentions.append(DateMention(start: found.start, end: found.end, range: range, isRelative: found.isRelative))
                }
                index = match.end
            }
            return mentions
        }

        /// The rule that reads furthest from piece `index`; on a tie, the first listed.
        func longestMatch(at index: Int) -> Match? {
            // Every rule starts from a number or a date word: the other pieces, most of a text, are passed over at once.
            guard pieces[index].kind == .number || !lexemes[index].isEmpty else { return nil }
            return longest([numericDate(at: index), dayDate(at: index), monthDate(at: index), yearDate(at: index),
                     relativeDay(at: index), weekdayDate(at: index), relativePeriod(at: index), seasonDate(at: index),
                     modified(at: index)])
        }

        func longest(_ matches: [Match?]) -> Match? {
            matches.reduce(nil) { best, match in
                guard let match else { return best }
                guard let best else { return match }
                return match.end > best.end ? match : best
            }
        }

        // MARK: Looking at pieces

        /// The longest phrase at `index` whose meaning `pick` accepts, with what `pick` made of it.
        func find<T>(at index: Int, _ pick: (Term) -> T?) -> (value: T, end: Int)? {
            guard index < lexemes.count else { return nil }
            var best: (value: T, end: Int)?
            for lexeme in lexemes[index] {
                if let value = pick(lexeme.term), lexeme.end > (best?.end ?? index) { best = (value, lexeme.end) }
            }
            return best
        }

        /// The end of the longest phrase at `index` that means `term`.
        func has(_ term: Term, at index: Int) -> Int? {
            find(at: index) { $0 == term ? () : nil }?.end
        }

        /// Whether a phrase meaning `term` ends just before piece `index`.
        func ends(_ term: Term, at index: Int) -> Bool {
            (max(0, index - 4)..<index).contains { has(term, at: $0) == index }
        }

        func text(at index: Int) -> String? {
            index < pieces.count ? pieces[index].text : nil
        }

        /// Whether nothing, not even a space, separates piece `index` from the next.
        func touching(_ index: Int) -> Bool {
            index + 1 < pieces.count && pieces[index].range.upperBound == pieces[index + 1].range.lowerBound
        }
    }
}
