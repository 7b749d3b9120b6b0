import HiwarModel

extension Archive {
    /// Makes the `countries` table hold every state of `catalog` as the catalogue describes it.
    ///
    /// The catalogue compiled into hiwar is the single source of truth; the table is its copy, so
    /// foreign keys can refuse an event that names an unknown state. Nothing is written when the
    /// copy is already current (the usual case), so opening an archive stays a read. A state that
    /// left the catalogue keeps its row: events recorded earlier may still name it.
    static func copy(_ catalog: CountryCatalog, into database: Database) throws {
        var stored: [String: CountryRow] = [:]
        let select = try database.makeStatement(sql: "SELECT alpha3, alpha2, cow_code, un_status, name_en, name_ar FROM countries")
        while try select.step() {
            let row = CountryRow(alpha3: select.column(0), alpha2: select.column(1), cowCode: select.column(2),
                                 unStatus: select.column(3), nameEnglish: select.column(4), nameArabic: select.column(5))
            stored[row.alpha3] = row
        }
        let changed = catalog.countries.map(CountryRow.init).filter { stored[$0.alpha3] != $0 }
        guard !changed.isEmpty else { return }
        try database.transaction {
            let upsert = try database.cachedStatement(sql: """
                INSERT INTO countries (alpha3, alpha2, cow_code, un_status, name_en, name_ar) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (alpha3) DO UPDATE SET alpha2 = excluded.alpha2, cow_code = excluded.cow_code,
                    un_status = excluded.un_status, name_en = excluded.name_en, name_ar = excluded.name_ar
                """)
            for row in changed {
                try upsert.execute([row.alpha3, row.alpha2, row.cowCode, row.unStatus, row.nameEnglish, row.nameArabic])
            }
        }
    }
}

/// The columns of a `countries` row.
private struct CountryRow: Equatable {
    var alpha3: String
    var alpha2: String
    var cowCode: Int?
    var unStatus: String
    var nameEnglish: String
    var nameArabic: String
}

extension CountryRow {
    init(_ country: Country) {
        self.init(alpha3: country.alpha3, alpha2: country.alpha2, cowCode: country.cowCode,
                  unStatus: country.unStatus, nameEnglish: country.nameEnglish, nameArabic: country.nameArabic)
    }
}
