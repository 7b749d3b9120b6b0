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
        switch self {
        case .null:
            text += "null"
        case .int(let number):
            text += String(number)
        case .string(let string):
            Self.appendQuoted(string, to: &text)
        case .array(let values):
            text += "["
            for (index, value) in values.enumerated() {
                if index > 0 { text += "," }
                value.write(to: &text)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += "," }
                Self.appendQuoted(member.key, to: &text)
                text += ":"
                member.value.write(to: &text)
            }
            text += "}"
        }
    }

    /// Appends `string` as a JSON string literal, non-ASCII text as it is.
    public static func appendQuoted(_ string: String, to text: inout String) {
        text.unicodeScalars.append("\"")
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case "\u{00}"..."\u{1F}", "\u{2028}", "\u{2029}":
                let hex = String(scalar.value, radix: 16, uppercase: false)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text.unicodeScalars.append("\"")
    }
}
