import Testing
import HiwarModel

@Suite struct CountryCatalogTests {
    let catalog = CountryCatalog.shared

    /// A country's twelve cells as `countries.tsv` spells them.
    func cells(_ code: String) -> [String] {
        guard let c = catalog.country(alpha3: code) else { return [] }
        return [c.alpha3, c.alpha2, c.cowCode.map(String.init) ?? "", c.unStatus, c.nameEnglish, c.nameArabic]
            + [c.variantsEnglish, c.variantsArabic, c.adjectivesEnglish, c.adjectivesArabic, c.capitalsEnglish, c.capitalsArabic]
            .map { $0.joined(separator: "|") }
    }

    @Test func holdsEveryUNMemberAndObserverPlusKosovoAndTaiwan() {
        #expect(catalog.countries.count == 197)
        #expect(catalog.countries.filter { $0.unStatus == "member" }.count == 193)
        #expect(catalog.countries.filter { $0.unStatus == "observer" }.map(\.alpha3) == ["PSE", "VAT"])
        #expect(catalog.countries.filter { $0.unStatus == "other" }.map(\.alpha3) == ["TWN", "XKX"])
        #expect(catalog.countries.map(\.alpha3) == catalog.countries.map(\.alpha3).sorted())
        #expect(Set(catalog.countries.map(\.alpha2)).count == 197)
        let cow = catalog.countries.compactMap(\.cowCode)
        #expect(cow.count == 195 && Set(cow).count == 195)
        #expect(catalog.countries.filter { $0.cowCode == nil }.map(\.alpha3) == ["PSE", "VAT"])
    }

    @Test func readsWholeRows() {
        #expect(cells("IRQ") == ["IRQ", "IQ", "645", "member", "Iraq", "العراق", "Republic of Iraq", "جمهورية العراق",
                                 "Iraqi", "عراقي", "Baghdad", "بغداد"])
        #expect(cells("USA") == ["USA", "US", "2", "member", "United States", "الولايات المتحدة",
                                 "United States of America|US|U.S.|USA|U.S.A.|America",
                                 "الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا",
                                 "American", "أمريكي|أميركي", "Washington|Washington DC|Washington, D.C.", "واشنطن"])
        #expect(cells("TUR") == ["TUR", "TR", "640", "member", "Turkey", "تركيا",
                                 "Türkiye|Turkiye|Republic of Türkiye|Republic of Turkey", "تركية|الجمهورية التركية|جمهورية تركيا",
                                 "Turkish", "تركي", "Ankara", "أنقرة"])
        #expect(cells("SAU") == ["SAU", "SA", "670", "member", "Saudi Arabia", "السعودية", "Kingdom of Saudi Arabia|KSA",
                                 "المملكة العربية السعودية|المملكة السعودية", "Saudi", "سعودي", "Riyadh", "الرياض"])
        #expect(cells("PSE") == ["PSE", "PS", "", "observer", "Palestine", "فلسطين",
                                 "State of Palestine|Palestinian Authority|Palestinian National Authority",
                                 "دولة فلسطين|السلطة الفلسطينية|السلطة الوطنية الفلسطينية", "Palestinian", "فلسطيني",
                                 "Ramallah", "رام الله"])
    }

    @Test func keepsAmbiguousCapitalsOut() {
        // «عمان» is Oman's name, so it is not Amman's; Jerusalem is contested and listed for nobody.
        #expect(catalog.country(alpha3: "JOR")?.capitalsArabic == [])
        #expect(catalog.country(alpha3: "JOR")?.capitalsEnglish == ["Amman"])
        #expect(catalog.country(alpha3: "ISR")?.capitalsEnglish == [])
        #expect(catalog.country(alpha3: "KWT")?.capitalsArabic == ["مدينة الكويت"])
    }

    @Test(arguments: [
        ("irq", "IRQ"), ("IQ", "IRQ"), ("iq", "IRQ"), ("iraq", "IRQ"), ("  Iraq ", "IRQ"), ("العراق", "IRQ"), ("عراق", "IRQ"),
        ("العِراق", "IRQ"), ("Iraqi", "IRQ"), ("عراقي", "IRQ"), ("أميركا", "USA"), ("امريكا", "USA"), ("the United States", "USA"),
        ("THE  UNITED STATES", "USA"), ("us", "USA"), ("U.S.", "USA"), ("الولايات المتحدة الأمريكية", "USA"), ("UK", "GBR"),
        ("Britain", "GBR"), ("Türkiye", "TUR"), ("TÜRKIYE", "TUR"), ("تركية", "TUR"), ("Saudi", "SAU"), ("KSA", "SAU"),
        ("السعودية", "SAU"), ("سعودية", "SAU"), ("عمان", "OMN"), ("عُمان", "OMN"), ("the Netherlands", "NLD"), ("Holland", "NLD"),
        ("ROK", "KOR"), ("DPRK", "PRK"), ("الامارات", "ARE"), ("UAE", "ARE"), ("Ivory Coast", "CIV"), ("Dominican", "DOM"),
        ("XK", "XKX"), ("Vatican", "VAT"),
    ])
    func resolves(query: String, alpha3: String) {
        #expect(catalog.resolve(query)?.alpha3 == alpha3)
    }

    @Test func resolvesNothingForNonNamesAndCapitals() {
        #expect(catalog.resolve("nowhere") == nil)
        #expect(catalog.resolve("") == nil)
        #expect(catalog.resolve("the") == nil)
        #expect(catalog.resolve("ال") == nil)
        #expect(catalog.resolve("Baghdad") == nil)
        #expect(catalog.resolve("XYZ") == nil)
    }

    @Test func findsCountriesByAlpha2() {
        #expect(catalog.country(alpha2: "IQ")?.alpha3 == "IRQ")
        #expect(catalog.country(alpha2: "GB")?.alpha3 == "GBR")
        #expect(catalog.country(alpha2: "gb") == nil)
        #expect(catalog.country(alpha2: "UK") == nil)
    }

    @Test func suggestsTheNearestNames() {
        #expect(catalog.suggestions(for: "Irak").prefix(2).map(\.alpha3) == ["IRQ", "IRN"])
        #expect(catalog.suggestions(for: "Sudia Arabia").first?.alpha3 == "SAU")
        #expect(catalog.suggestions(for: "Sudia Arabia", limit: 1).map(\.alpha3) == ["SAU"])
        #expect(catalog.suggestions(for: "Jermany").first?.alpha3 == "DEU")
        #expect(catalog.suggestions(for: "العراك").first?.alpha3 == "IRQ")
        #expect(catalog.suggestions(for: "جانا").first?.alpha3 == "GHA")
        #expect(catalog.suggestions(for: "zzzzzzzzzz") == [])
        #expect(catalog.suggestions(for: "Irak", limit: 0) == [])
        #expect(catalog.suggestions(for: "") == [])
    }

    @Test func comparesUnderOneKey() {
        #expect(CountryCatalog.lookupKey("  The   United\u{00A0}States ") == "united states")
        #expect(CountryCatalog.lookupKey("الأُرْدُن") == "اردن")
        #expect(CountryCatalog.lookupKey("Türkiye") == "türkiye")
    }

    /// Each name, variant and adjective resolves to its own state, so no code and no other state's
    /// name shadows it.
    @Test func everyNameResolvesToItsOwnState() {
        for country in catalog.countries {
            for name in country.names {
                #expect(catalog.resolve(name)?.alpha3 == country.alpha3, "\(name) of \(country.alpha3)")
            }
            #expect(catalog.resolve(country.alpha3.lowercased())?.alpha3 == country.alpha3)
            #expect(catalog.resolve(country.alpha2.lowercased())?.alpha3 == country.alpha3)
        }
    }

    /// No two states share a folded name, variant, adjective or capital.
    @Test func noTwoStatesShareAFoldedWord() {
        var owners: [String: Set<String>] = [:]
        for country in catalog.countries {
            for word in country.names + country.capitalsEnglish + country.capitalsArabic {
                owners[CountryCatalog.lookupKey(word), default: []].insert(country.alpha3)
            }
        }
        let shared = owners.filter { $0.value.count > 1 }.mapValues { $0.sorted() }
        #expect(shared.isEmpty, "\(shared)")
    }
}
