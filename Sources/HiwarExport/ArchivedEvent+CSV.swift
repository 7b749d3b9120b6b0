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
}
