/// The one folding used wherever Hiwar compares text: gazetteer matching, country names on the
/// command line, and full-text search, so that both sides of a comparison agree.
///
/// Arabic: diacritics (harakat, shadda, sukun, dagger alef, Quranic marks) and tatweel vanish;
/// alef forms (آ أ إ ٱ) become ا; ى becomes ي; ة becomes ه; ؤ becomes و and ئ becomes ي; Eastern
/// Arabic-Indic (٠–٩) and Persian (۰–۹) digits become ASCII; Arabic comma, semicolon and question mark,
/// and guillemets, become their ASCII counterparts. Latin letters are lower-cased; dashes become `-`;
/// curly quotes become straight ones; every kind of space becomes ` `; invisible format marks
/// (ZWNJ, ZWJ, LRM, RLM, BOM) vanish. Each original scalar gives at most one folded scalar, so
/// offsets map back one to one.
public enum TextFolding {
    /// The folded form of one scalar, or nil when it vanishes.
    @inlinable @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        scalar.value < foldedBelowU0700.count ? foldedBelowU0700[Int(scalar.value)] : foldByRule(scalar)
    }

    /// `foldByRule` of U+0000–U+06FF (Latin, Greek, Cyrillic, Arabic) looked up: the rules' switch cost
    /// about 60 instructions a scalar, and every text Hiwar reads is folded scalar by scalar.
    @usableFromInline
    static let foldedBelowU0700: [Unicode.Scalar?] = (0..<0x700).map { foldByRule(Unicode.Scalar(UInt32($0))!) }

    /// The rules behind `fold(_:)`.
    @usableFromInline
    static func foldByRule(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(value + 0x20) }
            if value == 0x09 || value == 0x0D { return " " }
            return scalar
        }
        switch value {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x0610...0x061A, 0x06D6...0x06ED:
            return nil                                   // diacritics, dagger alef, tatweel, Quranic marks
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"   // alef forms
        case 0x0649: return "\u{064A}"                   // alef maqsura → ya
        case 0x0629: return "\u{0647}"                   // ta marbuta → ha
        case 0x0624: return "\u{0648}"                   // waw with hamza
        case 0x0626: return "\u{064A}"                   // ya with hamza
        case 0x06CC: return "\u{064A}"                   // Persian ya
        case 0x06A9: return "\u{0643}"                   // keheh → kaf
        case 0x0660...0x0669: return Unicode.Scalar(value - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(value - 0x06F0 + 0x30)
        case 0x060C: return ","
        case 0x061B: return ";"
        case 0x061F: return "?"
        case 0x066B: return "."                          // Arabic decimal separator
        case 0x066C: return ","                          // Arabic thousands separator
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x2033: return "\""
        case 0x2018, 0x2019, 0x201A, 0x2032: return "'"
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD: return nil
        case 0x0085, 0x2028, 0x2029: return "\n"
        default:
            if value < 0x0250, scalar.properties.isUppercase {
                let lower = scalar.properties.lowercaseMapping.unicodeScalars
                if lower.count == 1 { return lower.first }
            }
            return scalar
        }
    }

    /// The folded form of a whole string.
    public static func fold(_ text: String) -> String {
        // UTF-8 bytes, then one String: appending to a String.UnicodeScalarView costs far more a scalar.
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let f = fold(scalar) { UTF8.encode(f) { folded.append($0) } }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// Whether a folded scalar belongs inside a word (a letter, a digit or a combining mark).
    @inlinable @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
        }
        if value >= 0x0621 && value <= 0x064A { return true }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
