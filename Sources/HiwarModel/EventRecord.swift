/// An archived event as the archive stores it: its texts as UTF-8 bytes, one after the other in
/// one buffer that is emptied and filled again for the next event.
///
/// An export reads 10⁶ events and writes their texts out unchanged: made into an `ArchivedEvent`,
/// each cost a dozen Strings and three arrays, made and freed again, more than reading and writing
/// them (docs/PERFORMANCE.md, Export). A record reused from event to event costs no allocation.
/// `ArchivedEvent(_:)` and `fill(from:)` convert between the two.
public struct EventRecord: Sendable {
    /// Where a text lies in the record's ``bytes``: nil text has no range.
    public struct Text: Sendable {
        let range: Range<Int>?

        static let null = Text(range: nil)

        /// The text's bytes within `bytes` (the record's, as `withBytes` lends them), nil for nil text.
        public func utf8(in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
            range.map { UnsafeBufferPointer(rebasing: bytes[$0]) }
        }
    }

    /// A person taking part, as `Person`.
    public struct Person: Sendable {
        public var name, nameOriginal, role, country: Text
        public var isHead: Bool

        public init(name: Text, nameOriginal: Text, role: Text, country: Text, isHead: Bool) {
            (self.name, self.nameOriginal, self.role, self.country, self.isHead) = (name, nameOriginal, role, country, isHead)
        }
    }

    /// One article's report, as `EventSource` with its evidence.
    public struct Source: Sendable {
        public var articleID: Int64
        public var title, url, published, language, sentence, rule: Text
        public var start, end: Int
        public var triggerStart, triggerEnd: Int?
        public var copyOf: Int64?

        public init(articleID: Int64, title: Text, url: Text, published: Text, language: Text, sentence: Text, rule: Text,
                    start: Int, end: Int, triggerStart: Int?, triggerEnd: Int?, copyOf: Int64?) {
            (self.articleID, self.title, self.url, self.published, self.language) = (articleID, title, url, published, language)
            (self.sentence, self.rule, self.start, self.end) = (sentence, rule, start, end)
            (self.triggerStart, self.triggerEnd, self.copyOf) = (triggerStart, triggerEnd, copyOf)
        }
    }

    public var id: Int64 = 0
    /// `countries` holds the parties' codes joined with `;`; dates are `YYYY[-MM[-DD]]`.
    public var type = Text.null, name = Text.null, nameOriginal = Text.null, countries = Text.null, country = Text.null,
               start = Text.null, end = Text.null, status = Text.null, location = Text.null
    public var people: [Person] = []
    /// Oldest import first.
    public var sources: [Source] = []
    private var bytes: [UInt8] = []

    public init() {
        bytes.reserveCapacity(4096)
    }

    /// Empties the record for the next event, keeping its storage.
    public mutating func removeAll() {
        (type, name, nameOriginal, countries, country, start, end, status, location) =
            (.null, .null, .null, .null, .null, .null, .null, .null, .null)
        bytes.removeAll(keepingCapacity: true)
        people.removeAll(keepingCapacity: true)
        sources.removeAll(keepingCapacity: true)
    }

    /// Stores a text, nil for nil, and returns where it is.
    public mutating func text(_ utf8: UnsafeBufferPointer<UInt8>?) -> Text {
        guard let utf8 else { return .null }
        let start = bytes.count
        bytes.append(contentsOf: utf8)
        return Text(range: start..<bytes.count)
    }

    /// Adds `utf8` to `text`, the last text stored, after `separator`; `text` nil stores `utf8` alone.
    public mutating func append(_ utf8: UnsafeBufferPointer<UInt8>?, to text: Text, separator: UInt8) -> Text {
        guard let range = text.range else { return self.text(utf8) }
        precondition(range.upperBound == bytes.count, "only the last text stored can grow")
        bytes.append(separator)
        if let utf8 { bytes.append(contentsOf: utf8) }
        return Text(range: range.lowerBound..<bytes.count)
    }

    public mutating func text(_ string: String?) -> Text {
        guard var string else { return .null }
        return string.withUTF8 { text($0) }
    }

    /// Lends the record's bytes, for ``Text/utf8(in:)``.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer(body)
    }

    public func string(_ text: Text) -> String? {
        withBytes { text.utf8(in: $0).map { String(decoding: $0, as: UTF8.self) } }
    }

    /// The person who led a delegation, if the article names one.
    public var head: Person? { people.first(where: \.isHead) }

    /// How many independent articles report the event, as `ArchivedEvent.sourceCount`.
    public var sourceCount: Int {
        sources.indices.count { index in
            sources[index].copyOf == nil
                && !sources[..<index].contains { $0.copyOf == nil && $0.articleID == sources[index].articleID }
        }
    }
}
