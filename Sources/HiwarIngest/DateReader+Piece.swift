import HiwarModel

extension DateReader {
    /// A word, a number or a mark of folded text, the unit the date rules match on.
    struct Piece: Sendable {
        enum Kind: Sendable {
            /// A run of letters (Arabic or Latin).
            case letters
            /// A run of ASCII digits.
            case number
            /// Digits grouped with `,` `.` or `:` ("2,000", "1.5", "10:30"): never part of a date.
            case quantity
            /// One scalar that is neither letter, digit nor space; a line break is a mark too.
            case mark
        }

        let kind: Kind
        /// Folded-scalar positions.
        let range: Range<Int>
        /// The folded text.
        let text: String
        /// The value of a number (0 for the other kinds, and for numbers too long to matter).
        let value: Int

        var isLatin: Bool { kind == .letters && text.unicodeScalars.first!.isASCII }
        var digitCount: Int { kind == .number ? range.count : 0 }

        /// Splits `text[range]` into pieces; letters and digits always part, so «و13» is «و» then «13».
        static func pieces(of text: FoldedText, in range: Range<Int>) -> [Piece] {
            let scalars = text.scalars
            var pieces: [Piece] = []
            var position = range.lowerBound
            let end = range.upperBound
            while position < end {
                let scalar = scalars[position]
                if scalar == " " {
                    position += 1
                    continue
                }
                let start = position
                let kind: Kind
                if isDigit(scalar) {
                    position = digitRun(from: position, in: scalars, end: end)
                    var grouped = false
                    while position + 1 < end, [",", ".", ":"].contains(scalars[position]), isDigit(scalars[position + 1]) {
                        position = digitRun(from: position + 1, in: scalars, end: end)
                        grouped = true
                    }
                    kind = grouped ? .quantity : .number
                } else if TextFolding.isWordScalar(scalar) {
                    while position < end, TextFolding.isWordScalar(scalars[position]), !isDigit(scalars[position]) {
                        position += 1
                    }
                    kind = .letters
                } else {
                    position += 1
                    kind = .mark
                }
                let value = kind == .number && position - start <= 9
                    ? scalars[start..<position].reduce(0) { $0 * 10 + Int($1.value - 0x30) } : 0
                pieces.append(Piece(kind: kind, range: start..<position, text: text.string(start..<position), value: value))
            }
            return pieces
        }

        private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

        private static func digitRun(from start: Int, in scalars: [Unicode.Scalar], end: Int) -> Int {
            var position = start
            while position < end, isDigit(scalars[position]) { position += 1 }
            return position
        }
    }
}
