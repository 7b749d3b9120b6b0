/// Finding a state from what a person types: a code, a name or an adjective, in English or Arabic,
/// and the nearest names when nothing matches ("unknown country 'Irak'; did you mean Iraq (IRQ)?").
extension CountryCatalog {
    /// The state `query` names: an ISO alpha-3 or alpha-2 code in any case, or an English or Arabic
    /// name, variant or adjective compared by `lookupKey` ("the United States", «أميركا», "Iraqi").
    /// Capitals are not names of states and do not resolve.
    public func resolve(_ query: String) -> Country? {
        let key = Self.lookupKey(query)
        if key.unicodeScalars.count <= 3, let coded = country(alpha3: key.uppercased()) ?? country(alpha2: key.uppercased()) {
            return coded
        }
        return byName[key].map { countries[$0] }
    }

    /// Up to `limit` states whose names, variants or adjectives lie nearest `query` by edit distance,
    /// nearest first; names further than about half the query's length are not offered.
    public func suggestions(for query: String, limit: Int = 3) -> [Country] {
        let target = Array(Self.lookupKey(query).unicodeScalars)
        guard !target.isEmpty, limit > 0 else { return [] }
        let farthest = target.count / 2 * Self.editCost
        var nearest: [Int: Int] = [:]
        for (key, index) in byName {
            let scalars = Array(key.unicodeScalars)
            // The difference in length alone costs that many insertions: skip what cannot come near.
            guard abs(scalars.count - target.count) * Self.editCost <= farthest else { continue }
            let distance = Self.editDistance(target, scalars)
            if distance <= farthest, distance < nearest[index] ?? .max { nearest[index] = distance }
        }
        return nearest.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map { countries[$0.key] }
    }

    /// The form under which names are compared: folded (`TextFolding`), spaces trimmed and collapsed,
    /// and a leading English "the " or Arabic «ال» dropped, so both are optional on either side.
    public static func lookupKey(_ text: String) -> String {
        let words = TextFolding.fold(text).split(whereSeparator: { $0 == " " || $0 == "\n" })
        var key = Substring(words.joined(separator: " "))
        if key.hasPrefix("the ") {
            key = key.dropFirst(4)
        } else if key.hasPrefix("ال"), key.unicodeScalars.count > 2 {
            key = key.dropFirst(2)
        }
        return String(key)
    }

    /// Every name, variant and adjective of every state under its `lookupKey`; where two states
    /// share a key the first keeps it (the catalogue's tests forbid that).
    static func nameIndex(_ countries: [Country]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, country) in countries.enumerated() {
            for name in country.names {
                let key = lookupKey(name)
                if index[key] == nil { index[key] = position }
            }
        }
        return index
    }

    /// The cost of inserting, deleting or replacing one scalar; replacing a scalar by one that
    /// spells the same sound in another transliteration ("Irak" for Iraq, «جامبيا» for غامبيا) costs half.
    private static let editCost = 2

    /// For each scalar that shares its sound with others across transliterations, in English and
    /// in Arabic, the number of its class.
    private static let soundClass: [Unicode.Scalar: Int] = {
        let classes: [[Unicode.Scalar]] = [
            ["c", "k", "q"], ["s", "z"], ["i", "y"], ["v", "w"],
            ["ك", "ق"], ["ت", "ط"], ["س", "ص"], ["د", "ض"], ["ذ", "ز", "ظ"], ["ه", "ح"], ["غ", "ج"], ["ا", "و", "ي"],
        ]
        return Dictionary(uniqueKeysWithValues: classes.enumerated().flatMap { number, scalars in scalars.map { ($0, number) } })
    }()

    /// Weighted Levenshtein distance over Unicode scalars, two rows at a time.
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(stride(from: 0, through: b.count * editCost, by: editCost))
        var current = previous
        for i in a.indices {
            current[0] = (i + 1) * editCost
            for j in b.indices {
                let replace = previous[j] + replacementCost(a[i], b[j])
                current[j + 1] = min(replace, previous[j + 1] + editCost, current[j] + editCost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    private static func replacementCost(_ x: Unicode.Scalar, _ y: Unicode.Scalar) -> Int {
        if x == y { return 0 }
        if let shared = soundClass[x], shared == soundClass[y] { return editCost / 2 }
        return editCost
    }
}
