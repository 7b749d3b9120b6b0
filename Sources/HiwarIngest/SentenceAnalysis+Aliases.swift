extension SentenceAnalysis {
    /// The short names an article gives its talks or bodies ("the Australia-United States Ministerial Consultations,
    /// known as AUSMIN", "… Joint Working Group (JWG)"), folded, with the kind of trigger each stands for.
    static func aliases(in sentences: [SentenceAnalysis]) -> [String: TriggerKind] {
        var found: [String: TriggerKind] = [:]
        for sentence in sentences {
            let tokens = sentence.tokens
            for hit in sentence.terms {
                guard case .trigger(let kind) = hit.term, [.talks, .committee, .mechanism].contains(kind),
                      let end = tokens.firstIndex(where: { $0.range.lowerBound >= hit.range.upperBound }) else { continue }
                let next = tokens[end..<min(tokens.count, end + 4)].map(\.text)
                let alias: Int? = switch next.count {
                case 4 where next[0] == "," && next[1] == "known" && next[2] == "as": end + 3
                case 3... where next[0] == "known" && next[1] == "as": end + 2
                case 3... where next[0] == "(" && next[2] == ")": end + 1
                default: nil
                }
                guard let alias, tokens[alias].kind == .word, tokens[alias].isCapitalized,
                      !sentence.terms.contains(where: { tokens[alias].range.overlaps($0.range) }) else { continue }
                found[tokens[alias].text] = kind
            }
        }
        return found
    }

    /// Marks each word that is one of the article's `aliases` as the trigger it stands for ("AUSMIN will return to the
    /// United States next year").
    mutating func mark(_ aliases: [String: TriggerKind]) {
        guard !aliases.isEmpty else { return }
        add(tokens.compactMap { token in
            aliases[token.text].map { TermHit(range: token.range, term: .trigger($0), prefix: "") }
        }.filter { hit in !terms.contains { $0.range == hit.range } })
    }
}
