import HiwarModel

extension ArchivedEvent {
    /// The event as the JSON export contract writes it, keys in this order:
    /// `id`, `type`, `name`, `name_original`, `countries` (sorted alpha-3), `country` (a delegation's
    /// sending state), `start`, `end`, `status`, `location`, `head` (`name`, `name_original`, `role`),
    /// `people` (each `name`, `name_original`, `role`, `country`), `source_count` (independent
    /// sources) and `sources` (each `article_id`, `title`, `url`, `published`, `evidence`, `start`,
    /// `end`, `rule`, `copy_of`: the article this one copies, else null). Evidence offsets count
    /// Unicode scalars in the article body, end exclusive. Absent values are `null`.
    func writeJSON(to json: inout JSONText) {
        let event = event
        json.object { json in
            json.key("id"); json.value(id)
            json.key("type"); json.value(event.type.rawValue)
            json.key("name"); json.value(event.name)
            json.key("name_original"); json.value(event.nameOriginal)
            json.key("countries"); json.array(event.countries) { json, country in json.value(country) }
            json.key("country"); json.value(event.country)
            json.key("start"); json.value(event.start?.description)
            json.key("end"); json.value(event.end?.description)
            json.key("status"); json.value(event.status.rawValue)
            json.key("location"); json.value(event.location)
            json.key("head")
            if let head = event.head {
                json.object { json in
                    json.key("name"); json.value(head.name)
                    json.key("name_original"); json.value(head.nameOriginal)
                    json.key("role"); json.value(head.role)
                }
            } else {
                json.value(nil as String?)
            }
            json.key("people")
            json.array(event.people) { json, person in
                json.object { json in
                    json.key("name"); json.value(person.name)
                    json.key("name_original"); json.value(person.nameOriginal)
                    json.key("role"); json.value(person.role)
                    json.key("country"); json.value(person.country)
                }
            }
            json.key("source_count"); json.value(sourceCount)
            json.key("sources")
            json.array(sources) { json, source in
                json.object { json in
                    json.key("article_id"); json.value(source.articleID)
                    json.key("title"); json.value(source.title)
                    json.key("url"); json.value(source.url)
                    json.key("published"); json.value(source.published?.description)
                    json.key("evidence"); json.value(source.evidence.sentence)
                    json.key("start"); json.value(source.evidence.start)
                    json.key("end"); json.value(source.evidence.end)
                    json.key("rule"); json.value(source.evidence.rule)
                    json.key("copy_of"); json.value(source.copyOf)
                }
            }
        }
    }
}
