/// Every UN member and observer state (and Kosovo and Taiwan), read once from the embedded `countries.tsv`.
///
/// The table is data a domain expert can extend: one state a line, tab-separated, lists
/// inside a cell separated by `|`. Columns are named in its header line.
public struct CountryCatalog: Sendable {
    public let countries: [Country]
    private let byAlpha3: [String: Int]
    private let byAlpha2: [String: Int]
    /// Every name, variant and adjective under its `lookupKey`, built once here for `resolve` and `suggestions`.
    let byName: [String: Int]

    /// The catalogue compiled into the binary.
    public static let shared = CountryCatalog(tsv: String(decoding: PackageResources.countries_tsv, as: UTF8.self))

    /// Parses a catalogue in the `countries.tsv` layout. A malformed table is a programmer error
    /// (it ships inside the binary), so it traps with the line at fault.
    public init(tsv: String) {
        var lines = tsv.fields("\n", omittingEmpty: true)
        let header = lines.removeFirst().fields("\t")
        func column(_ name: String) -> Int {
            guard let index = header.firstIndex(of: name) else { fatalError("countries.tsv lacks column \(name)") }
            return index
        }
        let columns = ["alpha3", "alpha2", "cow", "un", "name_en", "name_ar", "variants_en", "variants_ar",
                       "adjectives_en", "adjectives_ar", "capitals_en", "capitals_ar"].map(column)
        var countries: [Country] = []
        for line in lines where !line.hasPrefix("#") {
            let cells = line.fields("\t")
            guard cells.count == header.count else { fatalError("countries.tsv: wrong cell count in line: \(line)") }
            func list(_ i: Int) -> [String] {
                cells[columns[i]].fields("|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            }
            countries.append(Country(
                alpha3: cells[columns[0]], alpha2: cells[columns[1]], cowCode: Int(cells[columns[2]]),
                unStatus: cells[columns[3]], nameEnglish: cells[columns[4]], nameArabic: cells[columns[5]],
                variantsEnglish: list(6), variantsArabic: list(7), adjectivesEnglish: list(8),
                adjectivesArabic: list(9), capitalsEnglish: list(10), capitalsArabic: list(11)))
        }
        self.countries = countries
        self.byAlpha3 = Dictionary(countries.enumerated().map { ($1.alpha3, $0) }, uniquingKeysWith: { first, _ in first })
        self.byAlpha2 = Dictionary(countries.enumerated().map { ($1.alpha2, $0) }, uniquingKeysWith: { first, _ in first })
        self.byName = Self.nameIndex(countries)
    }

    /// The state with this ISO alpha-3 code (upper case).
    public func country(alpha3: String) -> Country? {
        byAlpha3[alpha3].map { countries[$0] }
    }

    /// The state with this ISO alpha-2 code (upper case).
    public func country(alpha2: String) -> Country? {
        byAlpha2[alpha2].map { countries[$0] }
    }
}

extension String {
    /// The parts between ASCII `separator`s, found by bytes: `split(separator:)` walks Characters,
    /// which made reading the table most of the catalogue's start-up.
    fileprivate func fields(_ separator: Unicode.Scalar, omittingEmpty: Bool = false) -> [String] {
        utf8.split(separator: UInt8(separator.value), omittingEmptySubsequences: omittingEmpty).map { String(decoding: $0, as: UTF8.self) }
    }

    fileprivate func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " { scalars.removeFirst() }
        while let last = scalars.last, last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
