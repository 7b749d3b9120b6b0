import HiwarModel

/// A word, number or punctuation mark in folded text.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }

    var kind: Kind
    /// Folded-scalar positions of the token.
    var range: Range<Int>
    /// The folded text of the token.
    var text: String
    /// Whether the original first letter is upper case (Latin script), a cue for English names.
    var isCapitalized: Bool
    /// Whether the token is written in Arabic script.
    var isArabic: Bool
}

/// Splits folded text into tokens; Latin letters, Arabic letters and digits form words, and
/// everything else but spaces is punctuation, one scalar each.
enum Tokenizer {
    static func tokens(of text: FoldedText, original: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var position = range.lowerBound
        let scalars = text.scalars
        while position < range.upperBound {
            let scalar = scalars[position]
            if scalar == " " || scalar == "\n" {
                position += 1
                continue
            }
            let start = position
            let kind: Token.Kind
            if isDigit(scalar) {
                kind = .number
                while position < range.upperBound && isDigit(scalars[position]) { position += 1 }
            } else if TextFolding.isWordScalar(scalar) {
                kind = .word
                while position < range.upperBound, TextFolding.isWordScalar(scalars[position]) || isInnerApostrophe(at: position, in: scalars, limit: range.upperBound) {
                    position += 1
                }
            } else {
                kind = .punctuation
                position += 1
            }
            tokens.append(Token(kind: kind, range: start..<position, text: text.string(start..<position),
                                isCapitalized: isUppercase(original[text.originalOffset(start)]),
                                isArabic: (0x0600...0x06FF).contains(scalar.value)))
        }
        return tokens
    }

    /// Whether a scalar is an upper-case letter; ASCII and Arabic (which has no case) without a look at the Unicode tables.
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) }
        return !(0x0600...0x06FF).contains(scalar.value) && scalar.properties.isUppercase
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    /// An apostrophe between letters stays inside the word ("Côte d'Ivoire", "Taliban's").
    private static func isInnerApostrophe(at position: Int, in scalars: [Unicode.Scalar], limit: Int) -> Bool {
        scalars[position] == "'" && position + 1 < limit && position > 0
            && TextFolding.isWordScalar(scalars[position + 1]) && TextFolding.isWordScalar(scalars[position - 1])
    }
}
