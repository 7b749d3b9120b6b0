/// A plain Arabic-to-Latin transliteration for names that no table holds: one Latin spelling per letter
/// (a simplified form of the common press romanisation), the article «ال» written "al-". Short vowels are not
/// written in Arabic, so the result is a readable key for people, not a scholarly rendering.
enum Transliteration {
    static func latin(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) else { return text }
        return text.split(separator: " ").map { word -> String in
            var letters = Substring(word)
            var prefix = ""
            if letters.hasPrefix("ال") && letters.count > 3 {
                prefix = "al-"
                letters = letters.dropFirst(2)
            }
            var latin = ""
            for scalar in letters.unicodeScalars { latin += table[scalar] ?? "" }
            guard let first = latin.first else { return prefix }
            return prefix + first.uppercased() + latin.dropFirst()
        }.joined(separator: " ")
    }

    private static let table: [Unicode.Scalar: String] = [
        "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
        "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q",
        "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "i", "ى": "a", "ة": "a", "ء": "", "ئ": "i", "ؤ": "u",
        "پ": "p", "چ": "ch", "گ": "g", "ڤ": "v",
    ]
}
