import HiwarModel

extension EventRecord {
    /// The event as the JSON export contract writes it, keys in this order:
    /// `id`, `type`, `name`, `name_original`, `countries` (sorted alpha-3), `country` (a delegation's
    /// sending state), `start`, `end`, `status`, `location`, `head` (`name`, `name_original`, `role`),
    /// `people` (each `name`, `name_original`, `role`, `country`), `source_count` (independent
    /// sources) and `sources` (each `article_id`, `title`, `url`, `published`, `evidence`, `start`,
    /// `end`, `rule`, `copy_of`: the article this one copies, else null). Evidence offsets count
    /// Unicode scalars in the article body, end exclusive. Absent values are `null`.
    func writeJSON(to json: inout JSONText) {
        withBytes { bytes in
            func text(_ text: Text) -> UnsafeBufferPointer<UInt8>? { text.utf8(in: bytes) }
            json.object { json in
                json.key("id"); json.value(id)
                json.key("type"); json.value(utf8: text(type))
                json.key("name"); json.value(utf8: text(name))
                json.key("name_original"); json.value(utf8: text(nameOriginal))
                json.key("countries")
                json.array((text(countries) ?? UnsafeBufferPointer(start: nil, count: 0)).split(separator: UInt8(ascii: ";"))) { json, country in
                    json.value(utf8: UnsafeBufferPointer(rebasing: country))
                }
                json.key("country"); json.value(utf8: text(country))
                json.key("start"); json.value(utf8: text(start))
                json.key("end"); json.value(utf8: text(end))
                json.key("status"); json.value(utf8: text(status))
                json.key("location"); json.value(utf8: text(location))
                json.key("head")
                if let head {
                    json.object { json in
                        json.key("name"); json.value(utf8: text(head.name))
                        json.key("name_original"); json.value(utf8: text(head.nameOriginal))
                        json.key("role"); json.value(utf8: text(head.role))
                    }
                } else {
                    json.value(utf8: nil)
                }
                json.key("people")
                json.array(people) { json, person in
                    json.object { json in
                        json.key("name"); json.value(utf8: text(person.name))
                        json.key("name_original"); json.value(utf8: text(person.nameOriginal))
                        json.key("role"); json.value(utf8: text(person.role))
                        json.key("country"); json.value(utf8: text(person.country))
                    }
                }
                json.key("source_count"); json.value(sourceCount)
                json.key("sources")
                json.array(sources) { json, source in
                    json.object { json in
                        json.key("article_id"); json.value(source.articleID)
                        json.key("title"); json.value(utf8: text(source.title))
                        json.key("url"); json.value(utf8: text(source.url))
                        json.key("published"); json.value(utf8: text(source.published))
                        json.key("evidence"); json.value(utf8: text(source.sentence))
                        json.key("start"); json.value(source.start)
                        json.key("end"); json.value(source.end)
                        json.key("rule"); json.value(utf8: text(source.rule))
                        json.key("copy_of"); json.value(source.copyOf)
                    }
                }
            }
        }
    }
}
