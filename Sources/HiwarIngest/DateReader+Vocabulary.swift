import HiwarModel

extension DateReader {
    /// What a phrase of `Resources/months.tsv` means; the file's header explains each kind.
    enum Term: Hashable, Sendable {
        case month(Int), ordinal(Int), weekday(Int), shift(Int)
        case unit(Unit)
        case directionBefore(Int), directionAfter(Int)
        case modifier, yearWord, monthWord, dayWord, preposition, intro, link, and, of, future, counted, label
    }

    enum Unit: String, Sendable {
        case year, month, week
    }

    /// A phrase found in the text: what it means and the piece index just past it.
    struct Lexeme: Sendable {
        let term: Term
        let end: Int
    }

    /// The date words, keyed by their folded pieces joined with a space.
    struct Vocabulary: Sendable {
        let terms: [String: [Term]]
        /// The first pieces of the phrases: a word that is none of them starts no phrase, which spares
        /// the longer lookups for almost every word of a text.
        let heads: Set<String>
        /// The most pieces a phrase has.
        let longest: Int

        /// The table shipped in `Resources/months.tsv`.
        static let standard = Vocabulary(tsv: String(decoding: PackageResources.months_tsv, as: UTF8.self))

        /// Reads `KIND<TAB>VALUE<TAB>PHRASE` lines; `#` starts a comment line.
        init(tsv: String) {
            var terms: [String: [Term]] = [:]
            var heads: Set<String> = []
            var longest = 1
            for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                // The table is compiled into the binary: a malformed line is a mistake in this package.
                guard fields.count == 3, let term = Term(kind: fields[0], value: fields[1]) else {
                    preconditionFailure("months.tsv: cannot read line «\(line)»")
                }
                let folded = Array(TextFolding.fold(fields[2]).unicodeScalars)
                let pieces = Piece.pieces(of: folded, in: 0..<folded.count)
                longest = max(longest, pieces.count)
                heads.insert(pieces[0].text)
                terms[pieces.map(\.text).joined(separator: " "), default: []].append(term)
            }
            self.terms = terms
            self.heads = heads
            self.longest = longest
        }

        /// For each piece, the phrases that start there. Arabic phrases are also found behind the
        /// clitics و ف then ب ل ك («ولعام» holds «عام»; «للعام» holds «العام»).
        func lexemes(in pieces: [Piece]) -> [[Lexeme]] {
            pieces.indices.map { start in
                var found: [Lexeme] = []
                guard pieces[start].kind != .quantity else { return found }
                let heads = Vocabulary.withoutClitics(pieces[start].text).filter(self.heads.contains)
                guard !heads.isEmpty else { return found }
                var tail = ""
                for end in (start + 1)...min(pieces.count, start + longest) {
                    if end > start + 1 { tail += " " + pieces[end - 1].text }
                    for head in heads {
                        for term in terms[head + tail] ?? [] { found.append(Lexeme(term: term, end: end)) }
                    }
                }
                return found
            }
        }

        /// The word and what remains of it once Arabic clitics are taken off; stems under three letters are dropped.
        static func withoutClitics(_ word: String) -> [String] {
            // Scalars, not Characters: this runs on every word of every article.
            let scalars = word.unicodeScalars
            guard let initial = scalars.first, "وفبلك".unicodeScalars.contains(initial) else { return [word] }
            var forms = [word]
            var rest = Substring.UnicodeScalarView(scalars)
            if let first = rest.first, first == "و" || first == "ف" {
                rest = rest.dropFirst()
                forms.append(String(rest))
            }
            if let first = rest.first, first == "ب" || first == "ل" || first == "ك" {
                let stem = rest.dropFirst()
                forms.append(String(stem))
                if first == "ل", stem.first == "ل" { forms.append("ا" + String(stem)) }
            }
            return [forms[0]] + forms.dropFirst().filter { $0.unicodeScalars.count >= 3 && $0 != word }
        }
    }
}

extension DateReader.Term {
    var month: Int? { if case .month(let month) = self { month } else { nil } }
    var ordinal: Int? { if case .ordinal(let day) = self { day } else { nil } }
    var weekday: Int? { if case .weekday(let day) = self { day } else { nil } }
    var shift: Int? { if case .shift(let days) = self { days } else { nil } }
    var unit: DateReader.Unit? { if case .unit(let unit) = self { unit } else { nil } }
    var directionBefore: Int? { if case .directionBefore(let step) = self { step } else { nil } }
    var directionAfter: Int? { if case .directionAfter(let step) = self { step } else { nil } }

    /// The term a table line names, or nil for an unknown kind or an unreadable value.
    init?(kind: String, value: String) {
        let number = Int(value)
        switch (kind, number) {
        case ("month", let n?) where (1...12).contains(n): self = .month(n)
        case ("ordinal", let n?) where (1...31).contains(n): self = .ordinal(n)
        case ("weekday", let n?) where (1...7).contains(n): self = .weekday(n)
        case ("shift", let n?): self = .shift(n)
        case ("before", let n?) where (-1...1).contains(n): self = .directionBefore(n)
        case ("after", let n?) where (-1...1).contains(n): self = .directionAfter(n)
        case ("unit", _):
            guard let unit = DateReader.Unit(rawValue: value) else { return nil }
            self = .unit(unit)
        case ("modifier", nil): self = .modifier
        case ("year-word", nil): self = .yearWord
        case ("month-word", nil): self = .monthWord
        case ("day-word", nil): self = .dayWord
        case ("preposition", nil): self = .preposition
        case ("intro", nil): self = .intro
        case ("link", nil): self = .link
        case ("and", nil): self = .and
        case ("of", nil): self = .of
        case ("future", nil): self = .future
        case ("counted", nil): self = .counted
        case ("label", nil): self = .label
        default: return nil
        }
    }
}
