import Testing
import HiwarModel

@Suite struct PartialDateTests {
    @Test func parsesEachPrecision() {
        #expect(PartialDate("2023")?.precision == .year)
        #expect(PartialDate("2023-08")?.precision == .month)
        #expect(PartialDate("2023-08-07")?.description == "2023-08-07")
    }

    @Test func refusesImpossibleDates() {
        #expect(PartialDate("2023-02-31") == nil)
        #expect(PartialDate("2023-13-01") == nil)
        #expect(PartialDate("2023-8-7") == nil)
        #expect(PartialDate("2024-02-29") != nil)
        #expect(PartialDate("2023-02-29") == nil)
    }

    @Test func refusesWhatIsNotDigitsAndDashes() {
        for text in ["", "203", "20234", "2023-", "2023-08-", "2023/08/07", "2023-08-7x", "20a3", "+023", "٢٠٢٣", "２０２３",
                     "2023-0\u{301}8", "2023 08 07", "0000"] {
            #expect(PartialDate(text) == nil, "\(text)")
        }
        #expect(PartialDate("0001-01-01") == PartialDate(year: 1, month: 1, day: 1))
    }

    @Test func ordersLessPreciseFirst() {
        let dates = ["2023-08-07", "2023", "2023-08", "2022-12-31"].compactMap(PartialDate.init)
        #expect(dates.sorted().map(\.description) == ["2022-12-31", "2023", "2023-08", "2023-08-07"])
    }

    @Test func rangeBoundsAndContainment() {
        let august = PartialDate("2023-08")!
        #expect(august.firstDay.description == "2023-08-01")
        #expect(august.lastDay.description == "2023-08-31")
        #expect(PartialDate("2023-08-07")!.isWithin(august))
        #expect(!august.isWithin(PartialDate("2023-08-07")!))
    }

    @Test func contentHashIsSHA256() {
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
