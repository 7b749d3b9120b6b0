import Testing
import HiwarModel
@testable import HiwarIngest

@Suite struct DateReaderTests {
    let reader = DateReader()
    /// A Thursday.
    static let published = PartialDate("2023-08-10")!

    /// Each mention as `start` or `start/end`.
    func dates(_ text: String, anchor: PartialDate? = published) -> [String] {
        reader.mentions(in: text, anchor: anchor).map { mention in
            mention.start.description + (mention.end.map { "/" + $0.description } ?? "")
        }
    }

    /// The folded text each mention covers.
    func spans(_ text: String, anchor: PartialDate? = published) -> [String] {
        let folded = Array(TextFolding.fold(text).unicodeScalars)
        return reader.mentions(in: text, anchor: anchor).map { mention in
            var covered = String.UnicodeScalarView()
            covered.append(contentsOf: folded[mention.range])
            return String(covered)
        }
    }

    @Test(arguments: [
        ("وصل الوفد في 7 آب 2023 إلى بغداد", ["2023-08-07"]),
        ("عقد الاجتماع في السابع من آب 2023", ["2023-08-07"]),
        ("في الحادي والعشرين من أيلول 2022", ["2022-09-21"]),
        ("في الثلاثين من نيسان 2021", ["2021-04-30"]),
        ("في الثاني عشر من كانون الثاني 2020", ["2020-01-12"]),
        ("في الأول من تشرين الثاني 2019", ["2019-11-01"]),
        ("جرت المحادثات في آب 2023", ["2023-08"]),
        ("خلال شهر آب من العام 2023", ["2023-08"]),
        ("أبرمت الاتفاقية عام 2008", ["2008"]),
        ("الإطار الاستراتيجي لعام 2008 بين البلدين", ["2008"]),
        ("تأسست اللجنة في 2001", ["2001"]),
        ("خلال سنة 2021", ["2021"]),
        ("انتهت الحرب في 1991م", ["1991"]),
        ("من 7 إلى 8 آب 2023", ["2023-08-07/2023-08-08"]),
        ("بين 7 و8 آب 2023", ["2023-08-07/2023-08-08"]),
        ("يومي 12 و13 آذار 2023", ["2023-03-12/2023-03-13"]),
        ("خلال الفترة من 3 إلى 5 تشرين الأول 2022", ["2022-10-03/2022-10-05"]),
        ("3-5 أكتوبر 2022", ["2022-10-03/2022-10-05"]),
        ("من 30 أيلول إلى 2 تشرين الأول 2022", ["2022-09-30/2022-10-02"]),
        ("في أيلول/سبتمبر 2021", ["2021-09"]),
        ("في أيلول (سبتمبر) 2021", ["2021-09"]),
        ("في 20 سبتمبر/أيلول 2021", ["2021-09-20"]),
        ("يوم الجمعة 2 أكتوبر 2020 في الرباط", ["2020-10-02"]),
        ("في 14 يونيه 2019", ["2019-06-14"]),
        ("منذ يوليه 2018", ["2018-07"]),
        ("في 2 إبريل 2024 وفي 9 اغسطس 2022", ["2024-04-02", "2022-08-09"]),
        ("في 5 شتنبر 2012", ["2012-09-05"]),
        ("في غشت 2020 ثم في 3 دجنبر 2020", ["2020-08", "2020-12-03"]),
        ("في 9 جويلية 2021 وفي أفريل 2019", ["2021-07-09", "2019-04"]),
        ("في 11 يوليوز 2022", ["2022-07-11"]),
        ("منذ كانون الأول 2021 حتى تشرين الثاني 2022", ["2021-12", "2022-11"]),
        ("اجتمعا ٧ آب ٢٠٢٣", ["2023-08-07"]),
        ("في السابعِ من آبَ ٢٠٢٣", ["2023-08-07"]),
        ("أبرمت عام 2017 وعدلت في 2019", ["2017", "2019"]),
    ])
    func readsArabic(_ text: String, _ expected: [String]) {
        #expect(dates(text) == expected)
    }

    @Test(arguments: [
        ("The talks were held Aug. 7-8, 2023, in Baghdad", ["2023-08-07/2023-08-08"]),
        ("on August 7, 2023", ["2023-08-07"]),
        ("on 7 August 2023", ["2023-08-07"]),
        ("on the 7th of August 2023", ["2023-08-07"]),
        ("met in Warsaw on 14 and 15 March 2023", ["2023-03-14/2023-03-15"]),
        ("signed in July 2021", ["2021-07"]),
        ("in 2008", ["2008"]),
        ("2008's agreement", ["2008"]),
        ("due in Sept. 2024", ["2024-09"]),
        ("in May 2023", ["2023-05"]),
        ("late March 2023", ["2023-03"]),
        ("between 3 and 5 October 2022", ["2022-10-03/2022-10-05"]),
        ("Oct. 3 to 5, 2022", ["2022-10-03/2022-10-05"]),
        ("from 30 December to 2 January 2023", ["2022-12-30/2023-01-02"]),
        ("from 30 December 2022 to 2 January 2023", ["2022-12-30/2023-01-02"]),
        ("in New Delhi on Saturday, Sept. 11, 2021, the ministers", ["2021-09-11"]),
        ("dated 2023-08-07", ["2023-08-07"]),
        ("dated 07/08/2023", ["2023-08-07"]),
        ("dated 12/25/2023", ["2023-12-25"]),
        ("F-16 jets arrived in 2023", ["2023"]),
        ("at 10:30 on 7 August 2023", ["2023-08-07"]),
        ("signed in 2017 and in force since 2019", ["2017", "2019"]),
        ("on 3 May 2022 and 5 June 2022", ["2022-05-03", "2022-06-05"]),
        ("between Jan. 3 and Jan. 5, 2024", ["2024-01-03/2024-01-05"]),
        ("May 5 and 6, 2022", ["2022-05-05/2022-05-06"]),
    ])
    func readsEnglish(_ text: String, _ expected: [String]) {
        #expect(dates(text) == expected)
    }

    /// Relative to Thursday 2023-08-10.
    @Test(arguments: [
        ("استقبل الوزير أمس الوفد", ["2023-08-09"]),
        ("وصل أول أمس", ["2023-08-08"]),
        ("وقع الجانبان اليوم مذكرة", ["2023-08-10"]),
        ("يصل غداً", ["2023-08-11"]),
        ("تختتم غداً الجمعة", ["2023-08-11"]),
        ("وصل أمس الأربعاء", ["2023-08-09"]),
        ("عقدت الثلاثاء الماضي", ["2023-08-08"]),
        ("عقدت يوم الأحد", ["2023-08-06"]),
        ("عقدت الأحد في مسقط", ["2023-08-06"]),
        ("عقدت الخميس الماضي", ["2023-08-03"]),
        ("تعقد الأحد المقبل", ["2023-08-13"]),
        ("سيعقد الاجتماع يوم الأحد", ["2023-08-13"]),
        ("الأسبوع الماضي", ["2023-08"]),
        ("الشهر الماضي", ["2023-07"]),
        ("الشهر المقبل", ["2023-09"]),
        ("العام الماضي", ["2022"]),
        ("العام المقبل", ["2024"]),
        ("السنة الماضية", ["2022"]),
        ("هذا العام", ["2023"]),
        ("في مطلع العام", ["2023"]),
        ("قبل نهاية الشهر", ["2023-08"]),
        ("في مطلع العام المقبل", ["2024"]),
        ("في آب الماضي", ["2022-08"]),
        ("في تشرين الأول المقبل", ["2023-10"]),
        ("مطلع أبريل الماضي", ["2023-04"]),
        ("يومي 12 و13 من الشهر الجاري", ["2023-08-12/2023-08-13"]),
        ("في 12 آذار", ["2023-03-12"]),
        ("في 5 أيلول", ["2023-09-05"]),
        ("في 12 تشرين الأول", ["2022-10-12"]),
        ("في آذار من العام الماضي", ["2022-03"]),
        ("March 14-15", ["2023-03-14/2023-03-15"]),
        ("from Oct. 3 to Oct. 5", ["2023-10-03/2023-10-05"]),
        ("earlier this year", ["2023"]),
        ("mid-2023", ["2023"]),
        ("last year", ["2022"]),
        ("next year", ["2024"]),
        ("yesterday", ["2023-08-09"]),
        ("حتى يوم غد الجمعة", ["2023-08-11"]),
        ("today and tomorrow", ["2023-08-10", "2023-08-11"]),
        ("met on Tuesday", ["2023-08-08"]),
        ("met on Thursday", ["2023-08-10"]),
        ("last Tuesday", ["2023-08-08"]),
        ("next Tuesday", ["2023-08-15"]),
        ("The ministers will meet on Tuesday", ["2023-08-15"]),
        ("last week", ["2023-08"]),
        ("last month", ["2023-07"]),
        ("this month", ["2023-08"]),
        ("last March", ["2023-03"]),
        ("in March last year", ["2022-03"]),
        ("by the end of the year", ["2023"]),
        ("in May", ["2023-05"]),
        ("خلال الخريف المقبل", ["2023"]),
        ("في الربيع المقبل", ["2024"]),
        ("الشتاء الماضي", ["2022"]),
        ("next spring", ["2024"]),
        ("last summer", ["2023"]),
        ("this autumn", ["2023"]),
    ])
    func readsRelative(_ text: String, _ expected: [String]) {
        #expect(dates(text) == expected)
    }

    @Test(arguments: [
        "في 15 محرم 1445 هـ",
        "عام 1445 هـ",
        "in 1445 AH",
        "the 2020–2030 roadmap",
        "خطة 2020-2030",
        "تغطي الفترة من 2020 إلى 2030",
        "between 2020 and 2030",
        "خارطة طريق تمتد إلى 2030",
        "valid until 2030",
        "حتى عام 2025",
        "the 2020-21 budget",
        "deployed 2,000 troops",
        "1,500",
        "sent 2000 troops",
        "see page 2019",
        "Resolution 1973",
        "رؤية 2030",
        "call 202-555-2023",
        "the F-16",
        "turned 360 degrees",
        "at 10:30",
        "في 31 شباط 2023",
        "2023-13-01",
        "February 30",
        "February 30, 2023",
        "the 1990s",
        "in 1850",
        "in 2150",
        "talks may continue in the spring",
        "منذ الربيع العربي",
        "اليوم الأول من المحادثات",
        "عقدت في اليوم نفسه",
    ])
    func readsNothing(_ text: String) {
        #expect(dates(text) == [])
    }

    /// Without a publication date nothing relative is read, and a day or month without a year has no year.
    @Test(arguments: [
        ("أمس", [String]()),
        ("عقدت الأحد الماضي", []),
        ("العام المقبل", []),
        ("في 12 آذار", []),
        ("يومي 12 و13 من الشهر الجاري", []),
        ("last week", []),
        ("in 2019 and last year", ["2019"]),
        ("7 آب 2023", ["2023-08-07"]),
    ])
    func readsWithoutAnchor(_ text: String, _ expected: [String]) {
        #expect(dates(text, anchor: nil) == expected)
    }

    @Test func rangesCoverTheWholeExpression() {
        #expect(spans("عقدت من 7 إلى 8 آب 2023 في بغداد") == ["من 7 الي 8 اب 2023"])
        #expect(spans("on Saturday, Sept. 11, 2021, in Delhi") == ["saturday, sept. 11, 2021"])
        #expect(spans("استقبل أمس وفداً، ووصل يوم الأحد الماضي") == ["امس", "يوم الاحد الماضي"])
        #expect(spans("in mid-2023 and early next year") == ["mid-2023", "early next year"])
        #expect(spans("منذ أيلول (سبتمبر) 2021") == ["ايلول (سبتمبر) 2021"])
    }

    @Test func rangesAreInPositionsOfTheScalarsPassedIn() {
        let text = FoldedText("2019 ثم في 7 آب 2023")
        let mentions = reader.mentions(in: text, range: 5..<text.scalars.count, anchor: nil)
        #expect(mentions == [DateMention(start: PartialDate("2023-08-07")!, range: 11..<20, isRelative: false)])
    }

    @Test func marksWhatTheAnchorSupplied() {
        let mentions = reader.mentions(in: "في 12 آذار ثم في 7 آب 2023 ثم أمس", anchor: Self.published)
        #expect(mentions.map(\.isRelative) == [true, false, true])
    }

    @Test func weekAgoMayFallInThePreviousMonth() {
        #expect(dates("الأسبوع الماضي", anchor: PartialDate("2023-08-05")) == ["2023-07"])
        #expect(dates("next week", anchor: PartialDate("2023-08-28")) == ["2023-09"])
    }

    @Test func anchorWithoutDayResolvesOnlyWhatItCan() {
        let august = PartialDate("2023-08")
        #expect(dates("أمس والشهر الماضي والعام المقبل", anchor: august) == ["2023-07", "2024"])
        #expect(dates("on 12 March", anchor: PartialDate("2023")) == ["2023-03-12"])
    }

    @Test func dayArithmeticCrossesYearsAndLeapDays() {
        #expect(dates("yesterday", anchor: PartialDate("2024-03-01")) == ["2024-02-29"])
        #expect(dates("أمس", anchor: PartialDate("2023-01-01")) == ["2022-12-31"])
        #expect(dates("last Sunday", anchor: PartialDate("2024-01-02")) == ["2023-12-31"])
        #expect(DateReader.Day(PartialDate("1970-01-01")!)!.number == 0)
        #expect(DateReader.Day(PartialDate("2000-03-01")!)!.date.description == "2000-03-01")
    }

    @Test func cluesAreFoundBehindArabicClitics() {
        func stems(_ word: String) -> [String] {
            let scalars = Array(word.unicodeScalars)[...]
            return DateReader.Vocabulary.stemsBehindClitics(scalars).map { form in
                (form.alef ? "ا" : "") + String(String.UnicodeScalarView(scalars[form.stem]))
            }
        }
        #expect(stems("وللعام") == ["للعام", "لعام", "العام"])
        #expect(stems("باب") == [])
        #expect(stems("وفد") == [])
        #expect(dates("وللعام 2022 وبالأمس", anchor: Self.published) == ["2022", "2023-08-09"])
    }
}
