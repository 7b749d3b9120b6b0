/// A JSON value whose objects keep their keys in the order given, written compactly on one line.
///
/// Exports promise a fixed key order and unescaped Arabic, which `JSONEncoder` does not, so Hiwar
/// writes its JSON itself: strings escape only what JSON requires (quote, backslash, control
/// characters) plus U+2028 and U+2029, which break JavaScript readers.
public enum JSONValue: Sendable, CustomStringConvertible {
    case null
    case int(Int)
    case string(String)
    case array([JSONValue])
    /// Key–value pairs, written in this order.
    case object([(key: String, value: JSONValue)])

    /// A string, or `null` when there is none.
    public static func string(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// An integer, or `null` when there is none.
    public static func int(_ number: Int?) -> JSONValue {
        number.map(JSONValue.int) ?? .null
    }

    /// The compact JSON text.
    public var description: String {
        var text = ""
        write(to: &text)
        return text
    }

    /// Appends the compact JSON text to `text`.
    public func write(to text: inout String) {
        var bytes: [UInt8] = []
        write(to: &bytes)
        text += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the compact JSON text to `bytes`, as UTF-8. Bytes, not a `String`: appending a few
    /// characters at a time to a `String` cost more than all the rest of a JSON export.
    public func write(to bytes: inout [UInt8]) {
        switch self {
        case .null:
            bytes += "null".utf8
        case .int(let number):
            bytes += String(number).utf8
        case .string(let string):
            Self.appendQuoted(string, to: &bytes)
        case .array(let values):
            bytes.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                value.write(to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                Self.appendQuoted(member.key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                member.value.write(to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `string` as a JSON string literal, non-ASCII text as it is.
    static func appendQuoted(_ string: String, to quoted: inout [UInt8]) {
        var string = string
        string.withUTF8 { appendQuoted(utf8: $0, to: &quoted) }
    }

    /// Appends UTF-8 text as a JSON string literal. Bytes, not `String.UTF8View`: walked one by one
    /// through a view's indexes they cost ten times as much.
    static func appendQuoted<Sink: ByteSink>(utf8 source: UnsafeBufferPointer<UInt8>, to quoted: inout Sink) {
        quoted.append(UInt8(ascii: "\""))
        // Most names, titles and sentences need no escape: their bytes are appended at once.
        if !source.contains(below: 0x20, orAnyOf: (UInt8(ascii: "\""), UInt8(ascii: "\\"), 0xE2, 0xE2)) {
            quoted.append(contentsOf: source)
            quoted.append(UInt8(ascii: "\""))
            return
        }
        func escape(_ escape: StaticString) {
            escape.withUTF8Buffer { quoted.append(contentsOf: $0) }
        }
        var index = 0
        while index < source.count {
            let byte = source[index]
            switch byte {
            case UInt8(ascii: "\""): escape(#"\""#)
            case UInt8(ascii: "\\"): escape(#"\\"#)
            case UInt8(ascii: "\n"): escape(#"\n"#)
            case UInt8(ascii: "\r"): escape(#"\r"#)
            case UInt8(ascii: "\t"): escape(#"\t"#)
            case 0x08: escape(#"\b"#)
            case 0x0C: escape(#"\f"#)
            case 0x00..<0x20:
                escape(#"\u00"#)
                quoted.append(hexDigit(byte >> 4))
                quoted.append(hexDigit(byte & 0xF))
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
            case 0xE2 where index + 2 < source.count && source[index + 1] == 0x80 && (0xA8...0xA9).contains(source[index + 2]):
                escape(#"\u202"#)
                quoted.append(source[index + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                index += 2
            default: quoted.append(byte)
            }
            index += 1
        }
        quoted.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
