/// Compact JSON written straight into UTF-8 bytes, member by member, with the escapes of
/// ``JSONValue``: for the export, where building a `JSONValue` tree for each of 10⁶ events and
/// freeing it again cost more than writing its text.
struct JSONText {
    /// A reference, mutated in place (`var` only to be passed as a ``ByteSink``).
    private var bytes = ByteBuffer(capacity: 2048)
    /// Whether the next value or member opens its array or object (no comma before it).
    private var first = true

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

    /// Writes `"key":`, the value to follow.
    mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        first = true
    }

    /// Writes a string from its UTF-8 bytes, or `null`.
    mutating func value(utf8 text: UnsafeBufferPointer<UInt8>?) {
        separate()
        guard let text else { return null() }
        JSONValue.appendQuoted(utf8: text, to: &bytes)
    }

    /// Writes an integer, or `null`.
    mutating func value<Number: BinaryInteger>(_ number: Number?) {
        separate()
        guard let number else { return null() }
        bytes.append(decimal: Int64(number))
    }

    /// Empties the text for the next value, keeping its storage.
    mutating func clear() {
        bytes.removeAll()
        first = true
    }

    /// Lends the text's bytes.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withBytes(body)
    }

    private func null() {
        let null: StaticString = "null"
        bytes.append(contentsOf: UnsafeBufferPointer(start: null.utf8Start, count: null.utf8CodeUnitCount))
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

    @inline(__always) private mutating func separate() {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
    }
}
