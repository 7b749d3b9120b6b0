import HiwarModel

extension ArchivedEvent {
    /// The CSV export's header, one column per field of the JSON contract with `head`, `people` and
    /// `sources` spread over columns of their own. A list becomes its items joined with `;` (people
    /// and sources keep the same order in every list column, an absent item stays empty between
    /// semicolons); an absent value is an empty cell. `source_count` counts independent sources
    /// (`ArchivedEvent.sourceCount`). Each column is described in docs/EXPORT.md.
    public static let csvColumns = [
        "id", "type", "name", "name_original", "countries", "country", "start", "end", "status", "location",
        "head_name", "head_name_original", "head_role",
        "people_names", "people_names_original", "people_roles", "people_countries",
        "source_count", "source_article_ids", "source_titles", "source_urls", "source_published",
        "source_evidence", "source_starts", "source_ends", "source_rules",
    ]

    /// Appends the event's cells under ``csvColumns`` to `line`.
    func appendCSVCells(to line: inout CSVLine) {
        let event = event, people = event.people, head = event.head
        line.append(String(id))
        line.append(event.type.rawValue)
        line.append(event.name)
        line.append(event.nameOriginal)
        line.append(event.countries) { $0 }
        line.append(event.country)
        line.append(event.start?.description)
        line.append(event.end?.description)
        line.append(event.status.rawValue)
        line.append(event.location)
        line.append(head?.name)
        line.append(head?.nameOriginal)
        line.append(head?.role)
        line.append(people, \.name)
        line.append(people, \.nameOriginal)
        line.append(people, \.role)
        line.append(people, \.country)
        line.append(String(sourceCount))
        line.append(sources) { String($0.articleID) }
        line.append(sources, \.title)
        line.append(sources, \.url)
        line.append(sources) { $0.published?.description }
        line.append(sources, \.evidence.sentence)
        line.append(sources) { String($0.evidence.start) }
        line.append(sources) { String($0.evidence.end) }
        line.append(sources, \.evidence.rule)
    }
}
