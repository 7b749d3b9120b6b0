import HiwarModel

extension ArchivedEvent {
    /// The event as `hiwar show` prints it: every field, the people, and every source with its
    /// evidence sentence, the trigger words marked `**like this**`, and the rule that read it.
    /// Absent values read `-`; states are given by code and English name from `catalog`.
    public func detail(catalog: CountryCatalog = .shared) -> String {
        func state(_ code: String) -> String {
            catalog.country(alpha3: code).map { "\(code) (\($0.nameEnglish))" } ?? code
        }
        let date = event.start.map { start in event.end.map { "\(start) to \($0)" } ?? start.description } ?? "undated"
        let copies = sources.count - sourceCount
        var lines = [
            "event \(id): \(event.type.rawValue), \(event.status.rawValue)",
            "name           \(event.name ?? "-")",
            "name original  \(event.nameOriginal ?? "-")",
            "countries      \(event.countries.map(state).joined(separator: ", "))",
            "sent by        \(event.country.map(state) ?? "-")",
            "date           \(date)",
            "location       \(event.location ?? "-")",
            "sources        \(sourceCount) independent" + (copies > 0 ? ", \(copies) \(copies == 1 ? "copy" : "copies")" : ""),
            "",
            "people",
        ]
        lines += event.people.isEmpty ? ["  -"] : event.people.map { person in
            var line = "  \(person.name)"
            if person.nameOriginal != person.name { line += " (\(person.nameOriginal))" }
            if let role = person.role { line += ", \(role)" }
            if let country = person.country { line += ", \(country)" }
            return line + (person.isHead ? ", head of delegation" : "")
        }
        lines += ["", "sources"]
        for source in sources {
            var heading = "  article \(source.articleID): “\(source.title)”"
            for detail in [source.published?.description, source.language, source.url].compactMap({ $0 }) { heading += ", \(detail)" }
            if let original = source.copyOf { heading += ", copy of article \(original)" }
            lines += [heading, "    \(source.evidence.markedSentence)", "    rule \(source.evidence.rule)"]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Evidence {
    /// The sentence with its trigger words between `**` (with any harakat on their last letter),
    /// when the trigger lies inside it; line breaks become spaces so the sentence stays on one line.
    var markedSentence: String {
        var scalars = Array(sentence.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
        if let triggerStart, let triggerEnd, start <= triggerStart, triggerStart < triggerEnd, triggerEnd <= end,
           triggerEnd - start <= scalars.count {
            // Harakat after the trigger's last letter stay with it, inside the mark.
            var markEnd = triggerEnd - start
            while markEnd < scalars.count, scalars[markEnd].properties.generalCategory == .nonspacingMark { markEnd += 1 }
            scalars.insert(contentsOf: "**".unicodeScalars, at: markEnd)
            scalars.insert(contentsOf: "**".unicodeScalars, at: triggerStart - start)
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
