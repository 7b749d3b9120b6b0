extension EventRecord {
    /// Fills the record with `archived`'s fields, as the archive would store them.
    public mutating func fill(from archived: ArchivedEvent) {
        removeAll()
        let event = archived.event
        id = archived.id
        type = text(event.type.rawValue)
        name = text(event.name)
        nameOriginal = text(event.nameOriginal)
        countries = text(event.countries.joined(separator: ";"))
        country = text(event.country)
        start = text(event.start?.description)
        end = text(event.end?.description)
        status = text(event.status.rawValue)
        location = text(event.location)
        for person in event.people {
            people.append(Person(name: text(person.name), nameOriginal: text(person.nameOriginal), role: text(person.role),
                                 country: text(person.country), isHead: person.isHead))
        }
        for source in archived.sources {
            let evidence = source.evidence
            sources.append(Source(articleID: source.articleID, title: text(source.title), url: text(source.url),
                                  published: text(source.published?.description), language: text(source.language),
                                  sentence: text(evidence.sentence), rule: text(evidence.rule), start: evidence.start, end: evidence.end,
                                  triggerStart: evidence.triggerStart, triggerEnd: evidence.triggerEnd, copyOf: source.copyOf))
        }
    }
}

extension ArchivedEvent {
    /// The event `record` holds, or nil when no article reports it (possible only after editing
    /// the archive by hand); its `evidence` is that of its first source.
    public init?(_ record: EventRecord) {
        let sources = record.sources.map { source in
            EventSource(articleID: source.articleID, title: record.string(source.title) ?? "", url: record.string(source.url),
                        published: record.string(source.published).flatMap(PartialDate.init),
                        language: record.string(source.language),
                        evidence: Evidence(sentence: record.string(source.sentence) ?? "", start: source.start, end: source.end,
                                           triggerStart: source.triggerStart, triggerEnd: source.triggerEnd,
                                           rule: record.string(source.rule) ?? ""),
                        copyOf: source.copyOf)
        }
        guard let first = sources.first else { return nil }
        let people = record.people.map { person in
            Person(name: record.string(person.name) ?? "", nameOriginal: record.string(person.nameOriginal) ?? "",
                   role: record.string(person.role), country: record.string(person.country), isHead: person.isHead)
        }
        var event = Event(
            type: Self.decode(record.string(record.type), as: EventType.self),
            name: record.string(record.name), nameOriginal: record.string(record.nameOriginal), countries: [],
            country: record.string(record.country),
            start: record.string(record.start).flatMap(PartialDate.init), end: record.string(record.end).flatMap(PartialDate.init),
            status: Self.decode(record.string(record.status), as: EventStatus.self),
            location: record.string(record.location), people: people, evidence: first.evidence)
        // Already sorted and unique, as the archive keeps them: not through the initializer's Set and sort again.
        event.countries = record.string(record.countries)?.split(separator: ";").map(String.init) ?? []
        self.init(id: record.id, event: event, sources: sources)
    }

    /// The schema's CHECK constraints admit only the enum's raw values, so another value is a
    /// schema bug (or a hand edit with checks off), not a case to handle.
    private static func decode<Value: RawRepresentable>(_ text: String?, as type: Value.Type) -> Value
        where Value.RawValue == String {
        guard let text, let value = Value(rawValue: text) else { fatalError("events holds \(Value.self) '\(text ?? "NULL")', not allowed by the schema") }
        return value
    }
}
