import HiwarModel

extension ArchivedEvent {
    /// The event as the JSON export contract writes it, keys in this order:
    /// `id`, `type`, `name`, `name_original`, `countries` (sorted alpha-3), `country` (a delegation's
    /// sending state), `start`, `end`, `status`, `location`, `head` (`name`, `name_original`, `role`),
    /// `people` (each `name`, `name_original`, `role`, `country`), `source_count` (independent
    /// sources) and `sources` (each `article_id`, `title`, `url`, `published`, `evidence`, `start`,
    /// `end`, `rule`, `copy_of`: the article this one copies, else null). Evidence offsets count
    /// Unicode scalars in the article body, end exclusive. Absent values are `null`.
    public var jsonValue: JSONValue {
        .object([
            ("id", .int(Int(id))),
            ("type", .string(event.type.rawValue)),
            ("name", .string(event.name)),
            ("name_original", .string(event.nameOriginal)),
            ("countries", .array(event.countries.map(JSONValue.string))),
            ("country", .string(event.country)),
            ("start", .string(event.start?.description)),
            ("end", .string(event.end?.description)),
            ("status", .string(event.status.rawValue)),
            ("location", .string(event.location)),
            ("head", event.head.map { head in
                .object([("name", .string(head.name)), ("name_original", .string(head.nameOriginal)),
                         ("role", .string(head.role))])
            } ?? .null),
            ("people", .array(event.people.map { person in
                .object([("name", .string(person.name)), ("name_original", .string(person.nameOriginal)),
                         ("role", .string(person.role)), ("country", .string(person.country))])
            })),
            ("source_count", .int(sourceCount)),
            ("sources", .array(sources.map { source in
                .object([("article_id", .int(Int(source.articleID))), ("title", .string(source.title)),
                         ("url", .string(source.url)), ("published", .string(source.published?.description)),
                         ("evidence", .string(source.evidence.sentence)), ("start", .int(source.evidence.start)),
                         ("end", .int(source.evidence.end)), ("rule", .string(source.evidence.rule)),
                         ("copy_of", source.copyOf.map { .int(Int($0)) } ?? .null)])
            })),
        ])
    }
}
