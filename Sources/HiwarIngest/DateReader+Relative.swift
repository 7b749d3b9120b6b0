import HiwarModel

/// The rules for dates counted from the anchor (the publication date): «أمس», "yesterday",
/// «الثلاثاء الماضي», "on Tuesday", «العام المقبل», "last month", «مطلع العام», "mid-2023".
extension DateReader.Parser {
    /// «أمس», «أول أمس», «اليوم», «غداً», "yesterday", "today", "tomorrow".
    func relativeDay(at index: Int) -> Match? {
        guard let shift = find(at: index, \.shift),
              let today = anchorDay
        else { return nil }
        let day = today + shift.value
        // «غداً الخميس», «اليوم الخميس»: the day, named.
        if let named = find(at: shift.end, \.weekday),
           named.value == day.weekday {
            return Match(end: named.end, found: Found(start: day.date, isRelative: true))
        }
        // «اليوم الأول», «اليوم التالي», «اليوم نفسه» are the day of the story, not the day of publication.
        if shift.value == 0, !pieces[index].isLatin, let next = text(at: shift.end),
           next.hasPrefix("ال") || ["نفسه", "ذاته"].contains(next) {
            return nil
        }
        return Match(end: shift.end, found: Found(start: day.date, isRelative: true))
    }

    /// «يوم الأحد», «الثلاثاء الماضي», «الخميس المقبل», "on Tuesday", "last Tuesday", "next Tuesday".
    func weekdayDate(at index: Int) -> Match? {
        guard let weekday = directed(at: has(.dayWord, at: index) ?? index, { find(at: $0, \.weekday) }),
              let today = anchorDay
        else { return nil }
        let back = (today.weekday - weekday.value + 7) % 7
        let ahead = (weekday.value - today.weekday + 7) % 7
        let offset = switch weekday.direction {
        case -1: back == 0 ? -7 : -back
        case 1: ahead == 0 ? 7 : ahead
        case 0: ahead
        default: impliesFuture(before: index) ? ahead : -back
        }
        return Match(end: weekday.end, found: Found(start: (today + offset).date, isRelative: true))
    }

    /// «العام الماضي», «الشهر المقبل», «الأسبوع الماضي», "this year", "last month"; see `relativeUnit`.
    func relativePeriod(at index: Int, bare: Bool = false) -> Match? {
        relativeUnit(at: index, bare: bare).map { Match(end: $0.end, found: Found(start: $0.date, isRelative: true)) }
    }

    /// «الخريف المقبل», "next spring", «صيف العام الماضي» aside: a season with its direction gives the year it falls in
    /// (the next one after the anchor's month, the last one before it, or this year's). A season with no direction
    /// («الربيع العربي») is no date.
    func seasonDate(at index: Int) -> Match? {
        guard let season = directed(at: index, { find(at: $0, \.season) }), let direction = season.direction,
              let anchor, let month = anchor.month else { return nil }
        let year = switch direction {
        case 1: season.value > month ? anchor.year : anchor.year + 1
        case -1: season.value < month ? anchor.year : anchor.year - 1
        default: anchor.year
        }
        return PartialDate(year: year).map { Match(end: season.end, found: Found(start: $0, isRelative: true)) }
    }

    /// A part of a period, at the precision of the period: «مطلع العام المقبل», «نهاية الشهر», «مطلع أبريل الماضي»,
    /// "mid-2023", "earlier this year", "late March".
    func modified(at index: Int) -> Match? {
        guard var start = has(.modifier, at: index) else { return nil }
        if text(at: start) == "-", touching(start - 1) { start += 1 }
        return longest([monthDate(at: start, afterModifier: true), yearDate(at: start), relativePeriod(at: start, bare: true)])
    }

    /// A year, month or week with its direction: «العام الماضي», "next month", «هذا الأسبوع». With `bare`, the
    /// unit alone is the current one («مطلع العام»). A week gives the month of the day a week away
    /// (see `DateReader`). Nil without an anchor precise enough.
    func relativeUnit(at index: Int, bare: Bool) -> (unit: DateReader.Unit, date: PartialDate, end: Int)? {
        guard let unit = directed(at: index, { find(at: $0, \.unit) }), let anchor,
              let step = unit.direction ?? (bare ? 0 : nil)
        else { return nil }
        let end = unit.end
        switch unit.value {
        case .year:
            return PartialDate(year: anchor.year + step).map { (.year, $0, end) }
        case .month:
            guard let month = anchor.month else { return nil }
            let count = anchor.year * 12 + month - 1 + step
            return PartialDate(year: count / 12, month: count % 12 + 1).map { (.month, $0, end) }
        case .week:
            if step == 0, let month = anchor.month { return PartialDate(year: anchor.year, month: month).map { (.week, $0, end) } }
            guard let today = anchorDay else { return nil }
            let day = (today + 7 * step).date
            return PartialDate(year: day.year, month: day.month).map { (.week, $0, end) }
        }
    }

    /// What `core` reads, with the direction written before it ("last", «هذا») or else after it («الماضي»).
    func directed<T>(at index: Int, _ core: (Int) -> (value: T, end: Int)?) -> (value: T, direction: Int?, end: Int)? {
        let before = find(at: index, \.directionBefore)
        guard let found = core(before?.end ?? index) else { return nil }
        let after = before == nil ? find(at: found.end, \.directionAfter) : nil
        return (found.value, before?.value ?? after?.value, after?.end ?? found.end)
    }

    // MARK: Resolving against the anchor

    var anchorDay: DateReader.Day? { anchor.flatMap(DateReader.Day.init) }

    /// The date of a month (and day) written without a year, placed by its direction («آب الماضي»: the
    /// latest August before the anchor) or else completed from the anchor (see `DateReader`).
    func resolve(month: Int, day: Int?, direction: Int?, before index: Int) -> PartialDate? {
        guard let anchor, let anchorMonth = anchor.month else {
            return anchor.flatMap { direction == nil ? PartialDate(year: $0.year, month: month, day: day) : nil }
        }
        let written = (month, day ?? 0)
        let reference = (anchorMonth, day == nil ? 0 : anchor.day ?? 0)
        let year: Int
        switch direction {
        case -1: year = written < reference ? anchor.year : anchor.year - 1
        case 1: year = written > reference ? anchor.year : anchor.year + 1
        case 0: year = anchor.year
        default: year = completedYear(month: month, day: day, anchor: anchor, future: impliesFuture(before: index))
        }
        return PartialDate(year: year, month: month, day: day)
    }

    /// The anchor's year, or the previous one when that puts the date more than 61 days after the anchor;
    /// after a cue of the future, the year of its first occurrence not yet over at the anchor.
    private func completedYear(month: Int, day: Int?, anchor: PartialDate, future: Bool) -> Int {
        guard let reference = DateReader.Day(anchor.day == nil ? anchor.lastDay : anchor) else { return anchor.year }
        // Day arithmetic needs a real day: 29 February of a common year counts as the 28th.
        let days = PartialDate.daysIn(month: month, year: anchor.year)
        let first = DateReader.Day(PartialDate(year: anchor.year, month: month, day: min(day ?? 1, days))!)!
        if future {
            let last = DateReader.Day(PartialDate(year: anchor.year, month: month, day: min(day ?? days, days))!)!
            return last < reference ? anchor.year + 1 : anchor.year
        }
        return reference + 61 < first ? anchor.year - 1 : anchor.year
    }

    /// Whether a cue of the future ("will", «سيعقد») stands among the eight pieces before `index`, in the same sentence.
    private func impliesFuture(before index: Int) -> Bool {
        for position in stride(from: index - 1, through: max(0, index - 8), by: -1) {
            if endsSentence(position) { return false }
            if has(.future, at: position) != nil { return true }
        }
        return false
    }

    /// A line break, «!», «?», «;», or a full stop not after an initial ("U.S.").
    private func endsSentence(_ index: Int) -> Bool {
        switch pieces[index].text {
        case "\n", "!", "?", ";": return true
        case ".": return index == 0 || pieces[index - 1].kind != .letters || pieces[index - 1].range.count > 2
        default: return false
        }
    }
}
