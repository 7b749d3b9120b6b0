import HiwarModel

/// The rules for dates the text spells out: "7 August 2023", «من 7 إلى 8 آب 2023», "Aug. 7-8, 2023",
/// «شهر آب من العام 2023», "July 2021", «عام 2008», "2023-08-07", "07/08/2023".
extension DateReader.Parser {
    /// A month given by name («آب», "Aug.", «أيلول/سبتمبر») with its direction («آب الماضي», "last March"),
    /// or fixed by the anchor («الشهر الجاري», "this month").
    enum MonthReference {
        case named(Int, direction: Int?)
        case fixed(PartialDate)
    }

    /// One end of a day expression: "7 August", "Aug. 7", «السابع من آب», or a bare day that opens a range.
    struct Point {
        let day: Int
        let month: MonthReference?
        /// Written month first ("Aug. 7"), so the other end of a range may omit the month ("Aug. 7-8").
        let monthFirst: Bool
        let end: Int
    }

    /// The year after a day or a month: ", 2023", «من العام 2023», "of last year".
    struct YearTail {
        let year: Int
        let isRelative: Bool
        let end: Int
    }

    // MARK: Rules

    /// "2023-08-07", "2023/08/07", "07/08/2023" (day first), "12/25/2023" (month first when it must be).
    func numericDate(at index: Int) -> Match? {
        guard index + 4 < pieces.count, (index..<index + 4).allSatisfy(touching),
              let separator = text(at: index + 1), ["-", "/"].contains(separator), text(at: index + 3) == separator,
              [index, index + 2, index + 4].allSatisfy({ pieces[$0].kind == .number })
        else { return nil }
        let (a, b, c) = (pieces[index], pieces[index + 2], pieces[index + 4])
        let parts: (year: Int, month: Int, day: Int)
        if a.digitCount == 4, b.digitCount <= 2, c.digitCount <= 2 {
            parts = (a.value, b.value, c.value)
        } else if a.digitCount <= 2, b.digitCount <= 2, c.digitCount == 4 {
            parts = a.value <= 12 && b.value > 12 ? (c.value, a.value, b.value) : (c.value, b.value, a.value)
        } else {
            return nil
        }
        let date = (1900...2100).contains(parts.year) ? PartialDate(year: parts.year, month: parts.month, day: parts.day) : nil
        return Match(end: index + 5, found: date.map { Found(start: $0, isRelative: false) })
    }

    /// A day or a range of days, maybe after «يوم», a weekday, or «من»/«بين»/«يومي»/"from"/"between"
    /// that open a range: «يوم الأحد 16 تموز 2023», "on Saturday, Sept. 11, 2021", «يومي 12 و13 آذار 2023».
    func dayDate(at index: Int) -> Match? {
        var start = has(.dayWord, at: index) ?? index
        if let weekday = find(at: start, \.weekday) {
            start = weekday.end + (text(at: weekday.end) == "," ? 1 : 0)
        }
        if let intro = has(.intro, at: start), let range = days(at: intro, asRange: true) {
            return range
        }
        return days(at: start, asRange: false)
    }

    /// A month with its year, or a month whose year the anchor gives when something marks it as a
    /// date: a preposition or «شهر» before it («في آذار», "in March"), a direction («آب الماضي»), or a
    /// modifier ("mid-March", passed as `afterModifier`). "May" alone is a verb as often as a month.
    func monthDate(at index: Int, afterModifier: Bool = false) -> Match? {
        guard let name = monthName(at: index), case .named(let month, let direction) = name.reference else { return nil }
        if let tail = yearTail(at: name.end) {
            return Match(end: tail.end, found: PartialDate(year: tail.year, month: month)
                .map { Found(start: $0, isRelative: tail.isRelative) })
        }
        guard direction != nil || name.hasMonthWord || afterModifier || ends(.preposition, at: index) else { return nil }
        return Match(end: name.end, found: resolve(month: month, day: nil, direction: direction, before: index)
            .map { Found(start: $0, isRelative: true) })
    }

    /// A year: «عام 2008», «لعام 2008», "in 2008", "2008's"; or a span of years, read and dropped, as is
    /// the end of a span with no start: «تمتد إلى 2030», "until 2030".
    func yearDate(at index: Int) -> Match? {
        if let span = yearSpan(at: index) { return span }
        guard let year = year(at: has(.yearWord, at: index) ?? index) else { return nil }
        let isSpanEnd = index > 0 && pieces[index - 1].kind == .letters && ends(.link, at: index)
        return Match(end: year.end, found: isSpanEnd ? nil : Found(start: PartialDate(year: year.year)!, isRelative: false))
    }

    // MARK: Parts

    /// "2020-2030", "2020/21", «من 2020 إلى 2030», "between 2020 and 2030": the span a plan covers is no date.
    private func yearSpan(at index: Int) -> Match? {
        let intro = has(.intro, at: index)
        let first = has(.yearWord, at: intro ?? index) ?? intro ?? index
        guard first < pieces.count, pieces[first].digitCount == 4 else { return nil }
        let joint = first + 1
        if touching(first), touching(joint), let mark = text(at: joint), ["-", "/"].contains(mark),
           [2, 4].contains(pieces[joint + 1].digitCount) {
            return Match(end: joint + 2, found: nil)
        }
        guard let afterJoint = has(.link, at: joint) ?? (intro != nil ? has(.and, at: joint) : nil) else { return nil }
        let second = has(.yearWord, at: afterJoint) ?? afterJoint
        guard second < pieces.count, pieces[second].digitCount == 4 else { return nil }
        return Match(end: second + 1, found: nil)
    }

    /// One day, or two joined by «إلى»/«و»/"to"/"and"/"-", with the year after either end; `asRange`
    /// when «من»/«بين»/"between" opened it.
    private func days(at index: Int, asRange: Bool) -> Match? {
        guard let first = point(at: index) else { return nil }
        var end = first.end
        let firstTail = first.month != nil ? yearTail(at: end) : nil
        end = firstTail?.end ?? end
        var second: Point?
        var secondTail: YearTail?
        let link = has(.link, at: end)
        if let joint = link ?? has(.and, at: end), let other = point(at: joint),
           canClose(first, with: other, afterYear: firstTail != nil),
           // "on 3 May and 5 June" are two days; "14 and 15 March", "between 3 May and 5 June" one range.
           link != nil || asRange || first.month == nil || other.month == nil {
            second = other
            secondTail = yearTail(at: other.end)
            end = secondTail?.end ?? other.end
        }
        guard !asRange || second != nil, let month = first.month ?? second?.month else { return nil }
        return Match(end: end, found: found(first: first, month: month, tail: firstTail, second: second, secondTail: secondTail, at: index))
    }

    /// Whether `other` can end a range that `first` opens: "7-8 Aug", "7 Aug - 9 Sept", "Aug. 7-8", "Aug. 7 to Aug. 9".
    private func canClose(_ first: Point, with other: Point, afterYear: Bool) -> Bool {
        if first.month == nil { return other.month != nil && !other.monthFirst }
        if first.monthFirst && !afterYear { return other.month == nil || other.monthFirst }
        return other.month != nil && other.monthFirst == first.monthFirst
    }

    /// The dates of a day or a range; the year given at the end serves both ends
    /// ("30 December to 2 January 2023" starts in 2022).
    private func found(first: Point, month: MonthReference, tail: YearTail?, second: Point?, secondTail: YearTail?,
                       at index: Int) -> Found? {
        let secondMonth = second?.month ?? month
        let start: PartialDate?
        if let tail {
            start = PartialDate(year: tail.year, month: month.number, day: first.day)
        } else if let secondTail, let second, case .named(let number, _) = month {
            let wraps = (number, first.day) > (secondMonth.number, second.day)
            start = PartialDate(year: secondTail.year - (wraps ? 1 : 0), month: number, day: first.day)
        } else {
            start = date(day: first.day, month: month, before: index)
        }
        guard let start else { return nil }
        let relative = (tail ?? secondTail).map(\.isRelative) ?? true
        guard let second else { return Found(start: start, isRelative: relative) }
        let end: PartialDate?
        if let secondTail {
            end = PartialDate(year: secondTail.year, month: secondMonth.number, day: second.day)
        } else if case .fixed(let fixed) = secondMonth {
            end = PartialDate(year: fixed.year, month: fixed.month, day: second.day)
        } else {
            let wraps = (secondMonth.number, second.day) < (month.number, first.day)
            end = PartialDate(year: start.year + (wraps ? 1 : 0), month: secondMonth.number, day: second.day)
        }
        guard let end, start < end else { return nil }
        return Found(start: start, end: end, isRelative: relative)
    }

    /// A day in a month with no year written: fixed by «الشهر الجاري», or completed from the anchor.
    private func date(day: Int, month: MonthReference, before index: Int) -> PartialDate? {
        switch month {
        case .fixed(let fixed): return PartialDate(year: fixed.year, month: fixed.month, day: day)
        case .named(let number, let direction): return resolve(month: number, day: day, direction: direction, before: index)
        }
    }

    /// "Aug. 7", "7 August", "7th of August", «السابع من آب», «13 من الشهر الجاري», or a bare day.
    private func point(at index: Int) -> Point? {
        if let name = monthName(at: index), case .named(_, nil) = name.reference, !name.hasMonthWord,
           let day = dayNumber(at: name.end) {
            return Point(day: day.day, month: name.reference, monthFirst: true, end: day.end)
        }
        let ordinal = find(at: index, \.ordinal)
        guard let day = dayNumber(at: index) ?? ordinal.map({ (day: $0.value, end: $0.end) }) else { return nil }
        let of = has(.of, at: day.end)
        if ordinal == nil || of != nil, let name = monthName(at: of ?? day.end) {
            return Point(day: day.day, month: name.reference, monthFirst: false, end: name.end)
        }
        return Point(day: day.day, month: nil, monthFirst: false, end: day.end)
    }

    /// A month by name, after «شهر» or "last"/"next" if any, doubled as «أيلول/سبتمبر» or «أيلول (سبتمبر)»,
    /// before «الماضي»/«المقبل» if any; or a month fixed by the anchor («الشهر الماضي»).
    func monthName(at index: Int) -> (reference: MonthReference, hasMonthWord: Bool, end: Int)? {
        if let period = relativeUnit(at: index, bare: false), period.unit == .month {
            return (.fixed(period.date), false, period.end)
        }
        let afterWord = has(.monthWord, at: index)
        let name = directed(at: afterWord ?? index) { start -> (value: Int, end: Int)? in
            guard let name = find(at: start, \.month) else { return nil }
            guard let mark = text(at: name.end), let twin = find(at: name.end + 1, \.month), twin.value == name.value,
                  mark == "/" || (mark == "(" && text(at: twin.end) == ")")
            else { return name }
            return (name.value, twin.end + (mark == "(" ? 1 : 0))
        }
        return name.map { (.named($0.value, direction: $0.direction), afterWord != nil, $0.end) }
    }

    /// ", 2023", «2023», «من العام 2023», «من عام 2023», "of 2023", «من العام الماضي», "last year".
    private func yearTail(at index: Int) -> YearTail? {
        let joint = text(at: index) == "," ? index + 1 : (has(.of, at: index) ?? index)
        if let year = year(at: has(.yearWord, at: joint) ?? joint) {
            return YearTail(year: year.year, isRelative: false, end: year.end)
        }
        guard let period = relativeUnit(at: joint, bare: false), period.unit == .year else { return nil }
        return YearTail(year: period.date.year, isRelative: true, end: period.end)
    }

    /// A day of the month in digits, 1…31, with an English ordinal ending if any ("7th").
    private func dayNumber(at index: Int) -> (day: Int, end: Int)? {
        guard index < pieces.count, pieces[index].kind == .number, pieces[index].digitCount <= 2,
              (1...31).contains(pieces[index].value), !isModelName(index)
        else { return nil }
        let suffixed = touching(index) && ["st", "nd", "rd", "th"].contains(text(at: index + 1) ?? "")
        return (pieces[index].value, index + (suffixed ? 2 : 1))
    }

    /// A year in digits, 1900…2100, that is not part of a figure, a span, a code or a name, nor a count
    /// ("2000 troops"); a Gregorian «م» after it is part of it.
    func year(at index: Int) -> (year: Int, end: Int)? {
        guard index < pieces.count, pieces[index].digitCount == 4, (1900...2100).contains(pieces[index].value),
              !isModelName(index), !ends(.label, at: index)
        else { return nil }
        if index > 0 {
            let previous = pieces[index - 1]
            if previous.kind == .number || previous.kind == .quantity { return nil }
            if touching(index - 1) {
                if ["$", "€", "£", "#"].contains(previous.text) { return nil }
                if ["-", "/"].contains(previous.text), index > 1, touching(index - 2),
                   [.number, .quantity].contains(pieces[index - 2].kind) { return nil }
            }
        }
        var end = index + 1
        if end < pieces.count {
            let next = pieces[end]
            if next.kind == .number || next.kind == .quantity || has(.counted, at: end) != nil { return nil }
            if touching(index) {
                if next.kind == .letters && next.text != "م" || next.text == "%" { return nil }
                if ["-", "/"].contains(next.text), touching(end), pieces[end + 1].kind == .number { return nil }
            }
            if next.text == "م" { end += 1 }
        }
        return (pieces[index].value, end)
    }

    /// Whether the number at `index` is glued to a Latin word, directly or by a hyphen: "F-16", "MQ9".
    /// A modifier is not a name: "mid-2023".
    private func isModelName(_ index: Int) -> Bool {
        guard index > 0, touching(index - 1) else { return false }
        if pieces[index - 1].isLatin { return true }
        return pieces[index - 1].text == "-" && index > 1 && touching(index - 2) && pieces[index - 2].isLatin
            && has(.modifier, at: index - 2) != index - 1
    }
}

extension DateReader.Parser.MonthReference {
    var number: Int {
        switch self {
        case .named(let month, _): month
        case .fixed(let date): date.month!
        }
    }
}
