import Foundation
import HiwarModel
import Testing
@testable import HiwarExport

@Suite struct CSVWriterTests {
    /// `text` as a one-column header row, without its CRLF.
    private func field(_ text: String) -> String {
        String(CSVWriter(to: "", header: [text]).output.dropLast(1))
    }

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(field("plain text") == "plain text")
        #expect(field("") == "")
        #expect(field("a,b") == "\"a,b\"")
        #expect(field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(field("two\nlines") == "\"two\nlines\"")
        #expect(field("cr\rhere") == "\"cr\rhere\"")
        #expect(field("واشنطن؛ بغداد") == "واشنطن؛ بغداد")
    }

    @Test func eventsBecomeOneRowEachUnderTheHeaderWithCRLF() {
        var writer = CSVWriter(to: "")
        writer.write(Fixtures.dialogue)
        writer.write(Fixtures.undatedDelegation)
        writer.finish()
        let header = "id,type,name,name_original,countries,country,start,end,status,location,head_name,head_name_original,"
            + "head_role,people_names,people_names_original,people_roles,people_countries,source_count,source_article_ids,source_titles,"
            + "source_urls,source_published,source_evidence,source_starts,source_ends,source_rules"
        let dialogue: String = #"7,dialogue,Joint Security Cooperation Dialogue,حوار التعاون الأمني المشترك,IRQ;USA,,2023-08-07,2023-08-08,occurred,Washington,Thabet al-Abbasi,ثابت العباسي,Minister of Defense,"Thabet al-Abbasi;Lloyd ""Austin"", Jr.",ثابت العباسي;لويد أوستن,Minister of Defense;,IRQ;USA,2,3;9,"Talks, ""round one"";Second",https://example.org/a;,2023-08-10;,"اختتم الحوار في واشنطن."# + "\n" + #"ثم;Talks ended.",120;0,146;12,dialogue.held;dialogue.ended"#
        let delegation = "8,delegation,,,IRQ;USA,IRQ,,,planned,,,,,,,,,1,4,T,,,A delegation will go.,5,26,delegation.led"
        #expect(writer.output == header + "\r\n" + dialogue + "\r\n" + delegation + "\r\n")
    }

    @Test func theHeaderIsWrittenEvenWithoutRows() {
        var writer = CSVWriter(to: "", header: ["a", "b,c"])
        writer.finish()
        #expect(writer.output == "a,\"b,c\"\r\n")
    }

    @Test func excelGetsAByteOrderMarkAndNoFormulas() {
        var writer = CSVWriter(to: "", header: ["a", "b"], excel: true)
        for cell in ["=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx", "a=b", "2023-08", "", "'quoted"] {
            writer.write(row: [cell, "ok"])
        }
        #expect(writer.output == "\u{FEFF}a,b\r\n'=SUM(A1),ok\r\n'+1,ok\r\n'-2,ok\r\n'@cmd,ok\r\n'\tx,ok\r\n\"'\rx\",ok\r\n"
            + "a=b,ok\r\n2023-08,ok\r\n,ok\r\n'quoted,ok\r\n")
    }

    @Test func everyRowHasAFieldForEveryColumn() {
        for event in [Fixtures.dialogue, Fixtures.undatedDelegation] {
            var line = CSVLine(excel: false), record = EventRecord()
            record.fill(from: event)
            record.appendCSVCells(to: &line)
            // Commas outside quotes separate the cells.
            var cells = 1, quoted = false
            for byte in line.withBytes(Array.init) {
                if byte == UInt8(ascii: "\"") { quoted.toggle() } else if byte == UInt8(ascii: ","), !quoted { cells += 1 }
            }
            #expect(cells == ArchivedEvent.csvColumns.count)
        }
    }

    @Test func numbersAreWrittenAsStringWritesThem() {
        for number in [0, 7, -3, 120, Int64.max, Int64.min] {
            var bytes: [UInt8] = []
            bytes.append(decimal: number)
            #expect(String(decoding: bytes, as: UTF8.self) == String(number))
        }
    }
}
