import Testing
import HiwarModel
@testable import HiwarIngest

@Suite struct GazetteerTests {
    private func terms(_ text: String) -> [(String, Term, String)] {
        let folded = FoldedText(text)
        return Gazetteer.shared.terms(in: folded, original: Array(text.unicodeScalars), range: 0..<folded.scalars.count).map { (folded.string($0.range), $0.term, $0.prefix) }
    }

    private func countries(_ text: String) -> [String] {
        terms(text).compactMap { if case .country(let code, _) = $0.1 { return code } else { return nil } }
    }

    @Test func findsCountriesBehindArabicClitics() {
        #expect(countries("والعراق") == ["IRQ"])
        #expect(countries("للعراق") == ["IRQ"])
        #expect(countries("بالعراق") == ["IRQ"])
        #expect(countries("وأميركا") == ["USA"])
    }

    @Test func findsNisbaFormsOfAdjectives() {
        #expect(countries("الوفد العراقي") == ["IRQ"])
        #expect(countries("القوات العراقية") == ["IRQ"])
        #expect(countries("المسؤولين الأميركيين") == ["USA"])
        #expect(countries("وفداً أميركياً") == ["USA"])
        #expect(countries("Iraqi and American officials") == ["IRQ", "USA"])
    }

    @Test func prefersTheLongestNameAndRespectsWordBoundaries() {
        let found = terms("الولايات المتحدة الأمريكية")
        #expect(found.filter { if case .country = $0.1 { return true } else { return false } }.count == 1)
        #expect(countries("Iraqistan") == [])
        #expect(countries("كالعراقيةي") == [])
    }

    @Test func matchesCapitalAbbreviationsOnlyInCapitals() {
        #expect(countries("US and UK officials") == ["USA", "GBR"])
        #expect(countries("they told us") == [])
    }

    @Test func inflectsEveryWordOfACompoundNisba() {
        #expect(Gazetteer.nisbaForms(of: "كوري جنوبي").contains("كوريين جنوبيين"))
        #expect(countries("القوات الكورية الجنوبية") == ["KOR"])
    }

    @Test func keepsTheCliticPrefix() {
        let capital = terms("بواشنطن").first { if case .country(_, .capital) = $0.1 { return true } else { return false } }
        #expect(capital?.2 == "ب")
    }

    @Test func findsRolesTriggersAndCues() {
        let found = terms("برئاسة مساعد وزير الدفاع")
        #expect(found.contains { $0.1 == .role("Assistant Secretary of Defense") })
        #expect(!found.contains { $0.1 == .role("Minister of Defense") })
        #expect(terms("الجولة المقبلة من الحوار").contains { $0.1 == .trigger(.talks) })
        #expect(terms("الجولة المقبلة من الحوار").contains { $0.1 == .status(.planned) })
        #expect(terms("signed a defence pact").contains { $0.1 == .action(.signing) })
    }
}

@Suite struct RoleLookupTests {
    private func roles(_ text: String) -> [String] {
        let folded = FoldedText(text)
        return Gazetteer.shared.terms(in: folded, original: Array(text.unicodeScalars), range: 0..<folded.scalars.count)
            .compactMap { if case .role(let role) = $0.term { return role } else { return nil } }
    }

    @Test(arguments: [
        ("وزير الدفاع", "Minister of Defense"),
        ("ووزيرة الخارجية", "Foreign Minister"),
        ("مستشار الأمن القومي", "National Security Adviser"),
        ("رئيس هيئة الأركان العامة", "Chief of the General Staff"),
        ("نائب مساعد وزير الدفاع", "Deputy Assistant Secretary of Defense"),
        ("Defense Secretary", "Secretary of Defense"),
        ("External Affairs Minister", "Foreign Minister"),
        ("Chief of the General Staff", "Chief of the General Staff"),
    ])
    func readsTheLongestOffice(text: String, role: String) {
        #expect(roles(text) == [role])
    }
}
