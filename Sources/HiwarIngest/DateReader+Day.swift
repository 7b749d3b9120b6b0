import HiwarModel

extension DateReader {
    /// A calendar day as a count of days since 1970-01-01 (proleptic Gregorian), for the arithmetic
    /// relative dates need: "yesterday", "last Tuesday", "more than two months after publication".
    struct Day: Comparable, Sendable {
        let number: Int

        /// The day a date names; nil for a month or a year.
        init?(_ date: PartialDate) {
            guard let month = date.month, let day = date.day else { return nil }
            // Howard Hinnant's days_from_civil: years start in March so the leap day falls last.
            let year = month <= 2 ? date.year - 1 : date.year
            let era = (year >= 0 ? year : year - 399) / 400
            let yearOfEra = year - era * 400
            let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            number = era * 146_097 + dayOfEra - 719_468
        }

        private init(number: Int) { self.number = number }

        /// The date of this day (civil_from_days).
        var date: PartialDate {
            let shifted = number + 719_468
            let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
            let dayOfEra = shifted - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let monthIndex = (5 * dayOfYear + 2) / 153
            let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
            let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
            let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
            return PartialDate(year: year, month: month, day: day)!
        }

        /// 1 = Sunday … 7 = Saturday, as in the table.
        var weekday: Int { ((number + 4) % 7 + 7) % 7 + 1 }

        static func + (day: Day, days: Int) -> Day { Day(number: day.number + days) }

        static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }
    }
}
