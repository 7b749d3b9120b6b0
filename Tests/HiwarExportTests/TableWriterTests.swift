import HiwarModel
import Testing
@testable import HiwarExport

@Suite struct TableWriterTests {
    @Test func eventsLineUpUnderTheTimelineHeader() {
        var writer = TableWriter(to: "")
        writer.write(Fixtures.dialogue)
        writer.write(Fixtures.undatedDelegation)
        writer.finish()
        #expect(writer.output == """
            date                   type        status    countries  name                                 location
            ---------------------  ----------  --------  ---------  -----------------------------------  ----------
            2023-08-07/2023-08-08  dialogue    occurred  IRQ-USA    Joint Security Cooperation Dialogue  Washington
            undated                delegation  planned   IRQ-USA

            """)
    }

    @Test func arabicWidthsIgnoreDiacriticsAndLineBreaksBecomeSpaces() {
        var writer = TableWriter(to: "", header: ["a", "b"])
        writer.write(row: ["وَفْد", "x"])
        writer.write(row: ["two\nlines", "y"])
        writer.finish()
        #expect(writer.output == "a          b\n---------  -\nوَفْد        x\ntwo lines  y\n")
        #expect("وَفْد".terminalWidth == 3)
    }

    @Test func aTableWithoutRowsIsItsHeader() {
        var writer = TableWriter(to: "", header: ["date", "type"])
        writer.finish()
        #expect(writer.output == "date  type\n----  ----\n")
    }
}
