/// Compact JSON written straight into UTF-8 bytes, member by member, with the escapes of
/// ``JSONValue``: for the export, where building a `JSONValue` tree for each of 10⁶ events and
/// freeing it again cost more than writing its text.
struct JSONText {
    private(set) var bytes: [UInt8] = []
    /// Whether the next value or member opens its array or object (no comma before it).
    private var first = true

    init() {
        bytes.reserveCapacity(2048)
    }

    /// Writes an object whose members `body` writes.
    mutating func object(_ body: (inout JSONText) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// Writes an array with one value written by `body` for each item.
    mutating func array<Item>(_ items: [Item], _ body: (inout JSONText, Item) -> Void) {
        open(UInt8(ascii: "["))
        for item in items { body(&self, item) }
        close(UInt8(ascii: "]"))
    }

    /// Writes `"key":`, the value to follow. The comma before it, its quotes and the colon are put
    /// around it on the stack and appended with it at once: an event has about 60 keys, and five
    /// appends for each cost 5 500 instructions an event.
    mutating func key(_ key: StaticString) {
        let comma = first ? 0 : 1, length = key.utf8CodeUnitCount
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length + 4) { member in
            let base = member.baseAddress!
            base[0] = UInt8(ascii: ",")
            base[comma] = UInt8(ascii: "\"")
            (base + comma + 1).update(from: key.utf8Start, count: length)
            base[comma + 1 + length] = UInt8(ascii: "\"")
            base[comma + 2 + length] = UInt8(ascii: ":")
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: comma + 3 + length))
        }
        first = true
    }

    /// Writes a string from its UTF-8 bytes, or `null`.
    mutating func value(utf8 text: UnsafeBufferPointer<UInt8>?) {
        separate()
        guard let text else { return bytes += "null".utf8 }
        JSONValue.appendQuoted(utf8: text, to: &bytes)
    }

    /// Writes an integer, or `null`.
    mutating func value<Number: BinaryInteger>(_ number: Number?) {
        separate()
        guard let number else { return bytes += "null".utf8 }
        bytes.append(decimal: Int64(number))
    }

    /// Empties the text for the next value, keeping its storage.
    mutating func clear() {
        bytes.removeAll(keepingCapacity: true)
        first = true
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        first = true
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        first = false
    }

    private mutating func separate() {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
    }
}
