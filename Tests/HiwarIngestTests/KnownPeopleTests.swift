import HiwarModel
import Testing
@testable import HiwarIngest

@Suite struct KnownPeopleTests {
    // MARK: Arabic

    @Test func arabicNamesAsWrittenGiveTheEnglishName() {
        #expect(KnownPeople.english(for: "ثابت العباسي") == "Thabet al-Abbasi")
        #expect(KnownPeople.english(for: "قاسم الأعرجي") == "Qasim al-Araji")
        #expect(KnownPeople.english(for: "لويد أوستن") == "Lloyd Austin")
        #expect(KnownPeople.english(for: "سيليست والاندر") == "Celeste Wallander")
        #expect(KnownPeople.english(for: "خلوصي أكار") == "Hulusi Akar")
    }

    @Test func diacriticsHamzaAndJoinedAbdMakeNoDifference() {
        #expect(KnownPeople.english(for: "قاسِم الاعرجي") == "Qasim al-Araji")
        #expect(KnownPeople.english(for: "أَيْمَن الصَّفَدِي") == "Ayman Safadi")
        #expect(KnownPeople.english(for: "عبدالله الثاني") == "Abdullah II")
        #expect(KnownPeople.english(for: "عبد الله الثانى") == "Abdullah II")
        #expect(KnownPeople.english(for: "محمد بن زايد آل نهيان") == "Mohamed bin Zayed Al Nahyan")
        #expect(KnownPeople.english(for: "محمد بن زايد ال نهيان") == "Mohamed bin Zayed Al Nahyan")
    }

    @Test func longerAndShorterFormsWithTheSameFamilyNameMatch() {
        #expect(KnownPeople.english(for: "السيسي") == "Abdel Fattah al-Sisi")
        #expect(KnownPeople.english(for: "عبد الفتاح سعيد السيسي") == "Abdel Fattah al-Sisi")
        #expect(KnownPeople.english(for: "محمد بن ناصر الزعابي") == "Mohammed bin Nasser Al Zaabi")
        #expect(KnownPeople.english(for: "الزعابي") == "Mohammed bin Nasser Al Zaabi")
        #expect(KnownPeople.english(for: "مايكل إريك كوريلا") == "Michael Kurilla")
    }

    @Test func gulfRoyalsAreFoundWithoutTheirFamilyName() {
        #expect(KnownPeople.english(for: "محمد بن زايد") == "Mohamed bin Zayed Al Nahyan")
        #expect(KnownPeople.english(for: "Sheikh Abdullah bin Zayed") == "Abdullah bin Zayed Al Nahyan")
        #expect(KnownPeople.english(for: "تميم بن حمد") == "Tamim bin Hamad Al Thani")
        #expect(KnownPeople.english(for: "Sheikh Sabah Al-Khalid") == "Sabah Al-Khalid Al-Sabah")
        #expect(KnownPeople.english(for: "خالد بن سلمان بن عبدالعزيز") == "Khalid bin Salman")
    }

    @Test func aNameThatStandsInsideAnotherPersonsNameGoesToItsOwnEntry() {
        #expect(KnownPeople.english(for: "محمد بن سلمان") == "Mohammed bin Salman")
        #expect(KnownPeople.english(for: "خالد بن سلمان") == "Khalid bin Salman")
        #expect(KnownPeople.english(for: "سلمان بن عبد العزيز") == "Salman bin Abdulaziz")
        #expect(KnownPeople.english(for: "محمود عباس") == "Mahmoud Abbas")
        #expect(KnownPeople.english(for: "علي محمود عباس") == "Ali Mahmoud Abbas")
        #expect(KnownPeople.english(for: "خالد بن محمد بن زايد") == "Khaled bin Mohamed bin Zayed")
        #expect(KnownPeople.english(for: "Khalid bin Salman bin Abdulaziz") == nil)      // not his father, King Salman
    }

    // MARK: English

    @Test func englishVariantSpellingsGiveThePressSpelling() {
        #expect(KnownPeople.english(for: "Abdel-Fattah el-Sisi") == "Abdel Fattah al-Sisi")
        #expect(KnownPeople.english(for: "Mohamed bin Salman") == "Mohammed bin Salman")
        #expect(KnownPeople.english(for: "Sheikh Mohammad bin Abdul Rahman Al Thani") == "Mohammed bin Abdulrahman Al Thani")
        #expect(KnownPeople.english(for: "Mevlüt Çavuşoğlu") == "Mevlut Cavusoglu")
        #expect(KnownPeople.english(for: "Gideon Saar") == "Gideon Sa'ar")
        #expect(KnownPeople.english(for: "H.R. McMaster") == "H. R. McMaster")
        #expect(KnownPeople.english(for: "Ferdinand Marcos") == "Ferdinand Marcos Jr.")
        #expect(KnownPeople.english(for: "BLINKEN") == "Antony Blinken")
        #expect(KnownPeople.english(for: "Marcin Ociepa") == "Marcin Ociepa")
    }

    @Test func theEntryCarriesCountryAndRole() throws {
        let entry = try #require(KnownPeople.entry(for: "دانا سترول"))
        #expect(entry.english == "Dana Stroul")
        #expect(entry.country == "USA")
        #expect(entry.role == "Deputy Assistant Secretary of Defense for the Middle East")
    }

    // MARK: No match

    @Test func unknownOrAmbiguousNamesGiveNil() {
        #expect(KnownPeople.english(for: "أحمد العباسي") == nil)       // another person with a known family name
        #expect(KnownPeople.english(for: "John Smith") == nil)
        #expect(KnownPeople.english(for: "الصباح") == nil)             // several Al-Sabah
        #expect(KnownPeople.english(for: "بن سلمان") == nil)           // Mohammed or Khalid
        #expect(KnownPeople.english(for: "عبد الله") == nil)          // only a father's name («يوسف بن علوي بن عبد الله»)
        #expect(KnownPeople.english(for: "فرحان") == nil)             // «فيصل بن فرحان»
        #expect(KnownPeople.english(for: "Abdullah") == nil)
        #expect(KnownPeople.english(for: "محمد") == nil)
        #expect(KnownPeople.english(for: "") == nil)
        #expect(KnownPeople.english(for: "آل") == nil)
    }

    @Test func aShortFormKeepsOrderEndsInTheFamilyNameAndDoesNotStartAtAFather() {
        let long = ["muhammad", "bin", "salman", "bin", "abdulaziz"]
        #expect(KnownPeople.isShortForm(["muhammad", "abdulaziz"], of: long))
        #expect(!KnownPeople.isShortForm(["salman", "bin", "abdulaziz"], of: long))
        #expect(!KnownPeople.isShortForm(["abdulaziz"], of: long))
        #expect(!KnownPeople.isShortForm(["salman", "muhammad", "abdulaziz"], of: long))
        #expect(!KnownPeople.isShortForm(["muhammad", "salman"], of: long))
        #expect(!KnownPeople.isShortForm(long, of: long))
    }

    @Test func wordsAreFoldedSplitUnifiedAndJoined() {
        #expect(KnownPeople.words(of: "Abdel-Fattah El-Sisi") == ["abdulfattah", "sisi"])
        #expect(KnownPeople.words(of: "عبدُ اللهِ بن زايد آل نهيان") == ["عبدالله", "بن", "زايد", "نهيان"])
        #expect(KnownPeople.words(of: "Moshe Ya'alon, Jr.") == ["moshe", "yaalon"])
        #expect(KnownPeople.words(of: "Władysław Kosiniak-Kamysz") == ["wladyslaw", "kosiniak", "kamysz"])
    }

    // MARK: The table

    /// Stricter than comparing `TextFolding.fold` of the Arabic spellings: the comparison words of every spelling.
    @Test func noSpellingNamesTwoPeople() {
        var owner: [[String]: String] = [:]
        var clashes: [String] = []
        for person in KnownPeople.table {
            for spelling in [person.english] + person.arabic {
                let key = KnownPeople.words(of: spelling)
                if let other = owner[key], other != person.english { clashes.append("\(spelling): \(other) / \(person.english)") }
                owner[key] = person.english
            }
        }
        #expect(clashes == [])
    }

    @Test func everySpellingOfAnEntryFindsThatEntry() {
        var misses: [String] = []
        for person in KnownPeople.table {
            for spelling in [person.english] + person.arabic where KnownPeople.english(for: spelling) != person.english {
                misses.append("\(spelling) → \(KnownPeople.english(for: spelling) ?? "nil"), not \(person.english)")
            }
        }
        #expect(misses == [])
    }

    @Test func entriesAreUniqueArabicInArabicScriptAndCountriesKnown() {
        let table = KnownPeople.table
        #expect(Set(table.map(\.english)).count == table.count)
        #expect(table.filter { CountryCatalog.shared.country(alpha3: $0.country) == nil }.map(\.english) == [])
        let latinInArabic = table.flatMap(\.arabic).filter { spelling in
            spelling.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        }
        #expect(latinInArabic == [])
        #expect(table.filter { $0.role.isEmpty }.map(\.english) == [])
    }
}
