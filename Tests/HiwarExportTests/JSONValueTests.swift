import Foundation
import Testing
@testable import HiwarExport

@Suite struct JSONValueTests {
    @Test func stringsEscapeOnlyWhatJSONRequiresAndKeepArabic() {
        let value = JSONValue.string("قال \"نعم\"\\ \n\r\t\u{08}\u{0C}\u{01}\u{1F}\u{7F} / \u{2028}\u{2029} é 𝄞")
        #expect(value.description == #""قال \"نعم\"\\ \n\r\t\b\f\u0001\u001f"# + "\u{7F}" + #" / \u2028\u2029 é 𝄞""#)
    }

    @Test func objectsKeepTheirKeyOrderAndNilBecomesNull() {
        let value = JSONValue.object([("z", .int(-3)), ("a", .string(nil)), ("m", .array([.int(nil), .string("x"), .array([])])),
                                      ("o", .object([]))])
        #expect(value.description == #"{"z":-3,"a":null,"m":[null,"x",[]],"o":{}}"#)
    }

    @Test func everyControlCharacterRoundTripsThroughAJSONParser() throws {
        let original = String(String.UnicodeScalarView((UInt32(0)..<0x20).compactMap { Unicode.Scalar($0) })) + "\"\\\u{2028}عربي"
        let text = "[" + JSONValue.string(original).description + "]"
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String]
        #expect(parsed == [original])
    }
}
