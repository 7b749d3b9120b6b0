import Testing
@testable import HiwarModel

@Suite struct TextFoldingTests {
    @Test func removesDiacriticsAndTatweel() {
        #expect(TextFolding.fold("الحِوَارُ") == "الحوار")
        #expect(TextFolding.fold("العـــراق") == "العراق")
        #expect(TextFolding.fold("مُحَمَّد") == "محمد")
    }

    @Test func unifiesAlefHamzaYaAndTaMarbuta() {
        #expect(TextFolding.fold("أميركا") == "اميركا")
        #expect(TextFolding.fold("إيران") == "ايران")
        #expect(TextFolding.fold("آب") == "اب")
        #expect(TextFolding.fold("مستشفى") == "مستشفي")
        #expect(TextFolding.fold("اللجنة") == "اللجنه")
        #expect(TextFolding.fold("مسؤول") == "مسوول")
        #expect(TextFolding.fold("رئيس") == "رييس")
    }

    @Test func mapsEasternAndPersianDigits() {
        #expect(TextFolding.fold("٢٠٢٣") == "2023")
        #expect(TextFolding.fold("۱۴۰۲") == "1402")
    }

    @Test func foldsPunctuationCaseAndSpaces() {
        #expect(TextFolding.fold("«واع»، نعم؛ لا؟") == "\"واع\", نعم; لا?")
        #expect(TextFolding.fold("U.S.–Iraq") == "u.s.-iraq")
        #expect(TextFolding.fold("a\u{00A0}b\u{200F}c") == "a bc")
        #expect(TextFolding.fold("ÉTÉ") == "été")
    }

    @Test func mapsFoldedRangesBackToOriginalOffsets() {
        let text = FoldedText("قالَ العـراقُ")
        #expect(text.string(0..<text.scalars.count) == "قال العراق")
        // "العراق" starts at folded 4 and ends at folded 10.
        let original = text.originalRange(4..<10)
        let scalars = Array("قالَ العـراقُ".unicodeScalars)
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[original])
        #expect(String(word) == "العـراق")
        #expect(original == 5..<12)
    }

    @Test func theLookupTableFoldsAsTheRulesDo() {
        for value in 0..<0x800 {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(TextFolding.fold(scalar) == TextFolding.foldByRule(scalar), "U+\(String(value, radix: 16))")
        }
        let alefWithHamza: Unicode.Scalar = "\u{0623}", fatha: Unicode.Scalar = "\u{064E}"
        #expect(TextFolding.fold(alefWithHamza) == "\u{0627}")
        #expect(TextFolding.fold(fatha) == nil)
    }
}
