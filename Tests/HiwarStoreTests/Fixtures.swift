import HiwarMigrations
import HiwarModel
@testable import HiwarStore

/// Small, fixed inputs shared by the archive tests.
enum Fixtures {
    /// Four states, so tests do not depend on the shipped catalogue's contents.
    static let catalog = CountryCatalog(tsv: """
        alpha3\talpha2\tcow\tun\tname_en\tname_ar\tvariants_en\tvariants_ar\tadjectives_en\tadjectives_ar\tcapitals_en\tcapitals_ar
        IRN\tIR\t630\tmember\tIran\tإيران\t\t\t\t\t\t
        IRQ\tIQ\t645\tmember\tIraq\tالعراق\t\t\t\t\t\t
        TUR\tTR\t640\tmember\tTürkiye\tتركيا\t\t\t\t\t\t
        USA\tUS\t2\tmember\tUnited States\tالولايات المتحدة\t\t\t\t\t\t
        """)

    static func article(_ title: String, body: String = "Body text.", published: String? = "2023-08-10") -> Article {
        Article(title: title, body: body, source: "Test Wire", url: "https://example.org/\(title.count)",
                published: published.flatMap { PartialDate($0) }, language: "en", origin: "test/\(title).txt")
    }

    /// An event with the given dates (`YYYY[-MM[-DD]]` or nil) and an evidence sentence naming it.
    static func event(_ type: EventType = .dialogue, _ countries: [String] = ["IRQ", "USA"], start: String?,
                      end: String? = nil, status: EventStatus = .occurred, country: String? = nil,
                      people: [Person] = [], rule: String = "test") -> Event {
        Event(type: type, name: "\(type.rawValue) \(start ?? "undated")", countries: countries, country: country,
              start: start.flatMap { PartialDate($0) }, end: end.flatMap { PartialDate($0) }, status: status,
              people: people, evidence: Evidence(sentence: "Sentence.", start: 0, end: 9, rule: rule))
    }

    /// A file as an older hiwar left it: the first `schema` migrations, then `rows` (SQL), written
    /// as that hiwar would have, with the catalogue's states `IRQ`, `TUR` and `USA`.
    static func olderArchive(at path: String, schema: Int, rows: String) throws -> Database {
        let database = try Database(path: path)
        try Migrator(migrations: Array(Migrations.all.prefix(schema))).migrate(database)
        try database.execute(sql: """
            INSERT INTO countries (alpha3, alpha2, cow_code, un_status, name_en, name_ar) VALUES
                ('IRQ', 'IQ', 645, 'member', 'Iraq', 'العراق'), ('TUR', 'TR', 640, 'member', 'Türkiye', 'تركيا'),
                ('USA', 'US', 2, 'member', 'United States', 'الولايات المتحدة');
            """ + rows)
        return database
    }
}
