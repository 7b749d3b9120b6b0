/// A state in the catalogue: codes, names in both languages, and the words that refer to it.
public struct Country: Hashable, Sendable {
    /// ISO 3166-1 alpha-3, the code Hiwar stores and exports.
    public let alpha3: String
    /// ISO 3166-1 alpha-2 (Kosovo: the user-assigned XK).
    public let alpha2: String
    /// Correlates of War numeric state code, for merging with COW, ATOP and DCAD panels.
    public let cowCode: Int?
    /// `member` or `observer` of the United Nations, or `other` (Kosovo, Taiwan).
    public let unStatus: String
    public let nameEnglish: String
    public let nameArabic: String
    /// Other English names ("US", "America"), without a leading "the".
    public let variantsEnglish: [String]
    /// Other Arabic names (أميركا، أمريكا), undiacritised.
    public let variantsArabic: [String]
    /// English demonyms and adjectives ("Iraqi", "American").
    public let adjectivesEnglish: [String]
    /// Arabic nisba stems in the masculine singular without the article (عراقي، أمريكي).
    public let adjectivesArabic: [String]
    /// Capitals in English and Arabic, used by the press for the government ("Washington", واشنطن).
    public let capitalsEnglish: [String]
    public let capitalsArabic: [String]

    /// Every word that names the state, capitals aside: both names, then the variants and adjectives
    /// in English and Arabic. These are what `CountryCatalog.resolve(_:)` accepts.
    public var names: [String] {
        [nameEnglish, nameArabic] + variantsEnglish + variantsArabic + adjectivesEnglish + adjectivesArabic
    }
}
