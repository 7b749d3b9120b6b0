import HiwarModel

extension EventRecord {
    /// Appends the event's cells under ``ArchivedEvent/csvColumns`` to `line`, its texts as stored.
    func appendCSVCells(to line: inout CSVLine) {
        withBytes { bytes in
            func text(_ text: Text) -> UnsafeBufferPointer<UInt8>? { text.utf8(in: bytes) }
            let head = head
            line.append(number: id)
            line.append(text(type))
            line.append(text(name))
            line.append(text(nameOriginal))
            line.append(text(countries))
            line.append(text(country))
            line.append(text(start))
            line.append(text(end))
            line.append(text(status))
            line.append(text(location))
            line.append(head.flatMap { text($0.name) })
            line.append(head.flatMap { text($0.nameOriginal) })
            line.append(head.flatMap { text($0.role) })
            line.append(people) { text($0.name) }
            line.append(people) { text($0.nameOriginal) }
            line.append(people) { text($0.role) }
            line.append(people) { text($0.country) }
            line.append(number: Int64(sourceCount))
            line.append(sources) { .number($0.articleID) }
            line.append(sources) { text($0.title) }
            line.append(sources) { text($0.url) }
            line.append(sources) { text($0.published) }
            line.append(sources) { text($0.sentence) }
            line.append(sources) { .number(Int64($0.start)) }
            line.append(sources) { .number(Int64($0.end)) }
            line.append(sources) { text($0.rule) }
        }
    }
}
