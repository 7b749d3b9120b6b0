/// A calendar date known to the year, the month or the day, written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
///
/// News copy often gives only "July 2021" or "in 2008"; the precision is kept rather than
/// inventing a day. Ordering puts a less precise date before a more precise one that it contains
/// (`2023` < `2023-08` < `2023-08-07`), which is the natural order of a timeline.
public struct PartialDate: Hashable, Sendable, Comparable, Codable, LosslessStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Creates a date, or nil when the parts are not a real Gregorian date (31 February, month 13).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else, or an impossible date, is nil.
    public init?(_ description: String) {
        var description = description
        guard let date = description.withUTF8({ PartialDate(utf8: $0) }) else { return nil }
        self = date
    }

    /// Parses the UTF-8 bytes of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: archives check every stored
    /// date this way, a million times in an export.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard [4, 7, 10].contains(bytes.count) else { return nil }
        func number(at start: Int, length: Int) -> Int? {
            var value = 0
            for byte in bytes[start..<start + length] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(at: 0, length: 4) else { return nil }
        var month: Int?, day: Int?
        if bytes.count >= 7 {
            guard bytes[4] == UInt8(ascii: "-"), let number = number(at: 5, length: 2) else { return nil }
            month = number
        }
        if bytes.count == 10 {
            guard bytes[7] == UInt8(ascii: "-"), let number = number(at: 8, length: 2) else { return nil }
            day = number
        }
        self.init(year: year, month: month, day: day)
    }

    public var precision: DatePrecision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    public var description: String {
        var text = String(format4: year)
        if let month { text += "-" + String(format2: month) }
        if let day { text += "-" + String(format2: day) }
        return text
    }

    /// The first and last day this date covers, for range filters.
    public var firstDay: PartialDate {
        PartialDate(uncheckedYear: year, month: month ?? 1, day: day ?? 1)
    }

    public var lastDay: PartialDate {
        let m = month ?? 12
        return PartialDate(uncheckedYear: year, month: m, day: day ?? PartialDate.daysIn(month: m, year: year))
    }

    /// Whether this date lies within, or is the same as, `other` (2023-08-07 is within 2023-08).
    public func isWithin(_ other: PartialDate) -> Bool {
        year == other.year
            && (other.month == nil || month == other.month)
            && (other.day == nil || day == other.day)
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a YYYY[-MM[-DD]] date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// How much of a `PartialDate` is known.
public enum DatePrecision: String, Codable, Sendable {
    case year, month, day
}

extension String {
    fileprivate init(format4 value: Int) {
        let digits = String(value)
        self = String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }

    fileprivate init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : String(value)
    }
}
