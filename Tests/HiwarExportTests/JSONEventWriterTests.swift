import Foundation
import HiwarModel
import Testing
@testable import HiwarExport

@Suite struct JSONEventWriterTests {
    static let dialogueLine = #"{"id":7,"type":"dialogue","name":"Joint Security Cooperation Dialogue","name_original":"حوار التعاون الأمني المشترك","countries":["IRQ","USA"],"country":null,"start":"2023-08-07","end":"2023-08-08","status":"occurred","location":"Washington","head":{"name":"Thabet al-Abbasi","name_original":"ثابت العباسي","role":"Minister of Defense"},"people":[{"name":"Thabet al-Abbasi","name_original":"ثابت العباسي","role":"Minister of Defense","country":"IRQ"},{"name":"Lloyd \"Austin\", Jr.","name_original":"لويد أوستن","role":null,"country":"USA"}],"source_count":2,"sources":[{"article_id":3,"title":"Talks, \"round one\"","url":"https://example.org/a","published":"2023-08-10","evidence":"اختتم الحوار في واشنطن.\nثم","start":120,"end":146,"rule":"dialogue.held","copy_of":null},{"article_id":9,"title":"Second","url":null,"published":null,"evidence":"Talks ended.","start":0,"end":12,"rule":"dialogue.ended","copy_of":null}]}"#
    static let delegationLine = #"{"id":8,"type":"delegation","name":null,"name_original":null,"countries":["IRQ","USA"],"country":"IRQ","start":null,"end":null,"status":"planned","location":null,"head":null,"people":[],"source_count":1,"sources":[{"article_id":4,"title":"T","url":null,"published":null,"evidence":"A delegation will go.","start":5,"end":26,"rule":"delegation.led","copy_of":null}]}"#

    @Test func jsonLinesWriteOneEventALineInTheContractsKeyOrder() {
        var writer = JSONEventWriter(to: "", layout: .lines)
        writer.write(Fixtures.dialogue)
        writer.write(Fixtures.undatedDelegation)
        writer.finish()
        #expect(writer.output == Self.dialogueLine + "\n" + Self.delegationLine + "\n")
    }

    @Test func jsonLinesOfNoEventsAreEmpty() {
        var writer = JSONEventWriter(to: "", layout: .lines)
        writer.finish()
        #expect(writer.output == "")
    }

    @Test func jsonArrayHoldsTheSameObjects() throws {
        var writer = JSONEventWriter(to: "", layout: .array)
        writer.write(Fixtures.dialogue)
        writer.write(Fixtures.undatedDelegation)
        writer.finish()
        #expect(writer.output == "[\n" + Self.dialogueLine + ",\n" + Self.delegationLine + "\n]\n")
        let parsed = try JSONSerialization.jsonObject(with: Data(writer.output.utf8)) as? [[String: Any]]
        #expect(parsed?.map { $0["id"] as? Int } == [7, 8])
    }

    @Test func jsonArrayOfNoEventsIsEmpty() {
        var writer = JSONEventWriter(to: "", layout: .array)
        writer.finish()
        #expect(writer.output == "[]\n")
    }
}
