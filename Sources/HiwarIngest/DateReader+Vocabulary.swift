import HiwarModel

extension DateReader {
    /// What a phrase of `Resources/months.tsv` means; the file's header explains each kind.
    enum Term: Hashable, Sendable {
        case month(Int), ordinal(Int), weekday(Int), shift(Int), season(Int)
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

    /// The date words: the pieces of the phrases in a trie of folded scalars, and the phrases in a trie
    /// of their pieces' nodes, so that reading a text looks integers up instead of building and hashing
    /// a `String` for every word and every run of words.
    struct Vocabulary: Sendable {
        /// The pieces of every phrase, by their folded scalars.
        private let words: Trie
        /// The phrases, by the `words` nodes of their pieces.
        private let phrases: Trie
        /// What the phrase ending at each node of `phrases` means (nothing inside a longer phrase only).
        private let terms: [[Term]]
        /// The most pieces a phrase has.
        let longest: Int

        /// The table shipped in `Resources/months.tsv`.
        static let standard = Vocabulary(tsv: String(decoding: PackageResources.months_tsv, as: UTF8.self))

        /// Reads `KIND<TAB>VALUE<TAB>PHRASE` lines; `#` starts a comment line.
        init(tsv: String) {
            var words = Trie()
            var phrases = Trie()
            var terms: [Int32: [Term]] = [:]
            var longest = 1
            for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                // The table is compiled into the binary: a malformed line is a mistake in this package.
                guard fields.count == 3, let term = Term(kind: fields[0], value: fields[1]) else {
                    preconditionFailure("months.tsv: cannot read line «\(line)»")
                }
                let folded = FoldedText(fields[2])
                let pieces = Piece.pieces(of: folded, in: 0..<folded.scalars.count)
                longest = max(longest, pieces.count)
                let nodes = pieces.map { words.insert(folded.scalars[$0.range].lazy.map(\.value)) }
                terms[phrases.insert(nodes.lazy.map { UInt32($0) }), default: []].append(term)
            }
            self.words = words
            self.phrases = phrases
            self.terms = (0..<phrases.count).map { terms[$0] ?? [] }
            self.longest = longest
        }

        /// For each piece, the phrases that start there. Arabic phrases are also found behind the
        /// clitics و ف then ب ل ك («ولعام» holds «عام»; «للعام» holds «العام»).
        func lexemes(in pieces: [Piece], of text: FoldedText) -> [[Lexeme]] {
            let scalars = text.scalars
            return pieces.indices.map { start in
                var found: [Lexeme] = []
                guard pieces[start].kind != .quantity else { return found }
                let word = scalars[pieces[start].range]
                // The phrase nodes reached so far, one per form of the first word that starts a phrase.
                var reached = phraseStart(alef: false, word).map { [$0] } ?? []
                for form in Vocabulary.stemsBehindClitics(word) {
                    if let node = phraseStart(alef: form.alef, scalars[form.stem]) { reached.append(node) }
                }
                for end in (start + 1)...min(pieces.count, start + longest) where !reached.isEmpty {
                    if end > start + 1 {
                        let next = words.walk(scalars[pieces[end - 1].range].lazy.map(\.value))
                        reached = next.map { next in reached.compactMap { phrases.child(of: $0, UInt32(next)) } } ?? []
                    }
                    for node in reached {
                        for term in terms[Int(node)] { found.append(Lexeme(term: term, end: end)) }
                    }
                }
                return found
            }
        }

        /// The node of `phrases` that a word (after an «ا» when `alef`) starts, or nil when it starts no phrase.
        private func phraseStart(alef: Bool, _ word: ArraySlice<Unicode.Scalar>) -> Int32? {
            let base = alef ? words.child(of: Trie.root, ("ا" as Unicode.Scalar).value) : Trie.root
            guard let base, let node = words.walk(from: base, word.lazy.map(\.value)) else { return nil }
            return phrases.child(of: Trie.root, UInt32(node))
        }

        /// What remains of a word once Arabic clitics are taken off, each as the positions of its scalars in `word`
        /// after an «ا» when `alef` («للعام» holds «العام»); stems under three letters are dropped.
        static func stemsBehindClitics(_ word: ArraySlice<Unicode.Scalar>) -> [(alef: Bool, stem: Range<Int>)] {
            guard let initial = word.first, Vocabulary.isClitic(initial) else { return [] }
            var stems: [(alef: Bool, stem: Range<Int>)] = []
            var rest = word.startIndex
            if initial == "و" || initial == "ف" {
                rest += 1
                stems.append((false, rest..<word.endIndex))
            }
            if rest < word.endIndex, word[rest] == "ب" || word[rest] == "ل" || word[rest] == "ك" {
                let stem = rest + 1..<word.endIndex
                stems.append((false, stem))
                if word[rest] == "ل", stem.first.map({ word[$0] == "ل" }) == true { stems.append((true, stem)) }
            }
            return stems.filter { $0.stem.count + ($0.alef ? 1 : 0) >= 3 }
        }

        private static func isClitic(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "و", "ف", "ب", "ل", "ك": true
            default: false
            }
        }
    }
}

extension DateReader.Term {
    var month: Int? { if case .month(let month) = self { month } else { nil } }
    var ordinal: Int? { if case .ordinal(let day) = self { day } else { nil } }
    var weekday: Int? { if case .weekday(let day) = self { day } else { nil } }
    var shift: Int? { if case .shift(let days) = self { days } else { nil } }
    var season: Int? { if case .season(let month) = self { month } else { nil } }
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
        case ("season", let n?) where (1...12).contains(n): self = .season(n)
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
