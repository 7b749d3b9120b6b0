import Testing
@testable import HiwarIngest

/// Text articles in Windows-1256 and UTF-16 (`ArticleReader+Encoding.swift`).
@Suite struct ArticleReaderEncodingTests {
    private func read(_ bytes: [UInt8]) -> Result<String, ArticleReadError> {
        ArticleReader.read(bytes: bytes, origin: "a.txt", format: .text)[0].map(\.body)
    }

    /// Windows-1256 bytes of `text`, through the reader's own table.
    private func windows1256(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            scalar.isASCII ? UInt8(scalar.value) : UInt8(0x80 + ArticleReader.windows1256.firstIndex(of: scalar.value)!)
        }
    }

    @Test func theTableMapsTheArabicLettersWhereWindows1256PutsThem() {
        #expect(ArticleReader.windows1256.count == 128)
        #expect(ArticleReader.windows1256[0xC7 - 0x80] == 0x0627)  // ا
        #expect(ArticleReader.windows1256[0xE1 - 0x80] == 0x0644)  // ل
        #expect(ArticleReader.windows1256[0xED - 0x80] == 0x064A)  // ي
        #expect(ArticleReader.windows1256[0xA1 - 0x80] == 0x060C)  // ،
        #expect(ArticleReader.windows1256[0xE9 - 0x80] == 0x00E9)  // é stays where Latin-1 has it
    }

    @Test func arabicInWindows1256DecodesWithLineEnds() {
        #expect(read(windows1256("حوار أمني\r\nفي عمان، اليوم.\r\n")) == .success("حوار أمني\nفي عمان، اليوم.\n"))
    }

    /// Protects the 80% rule: French in Latin-1 (é, è, à are Latin letters in Windows-1256 too) and
    /// a few stray high bytes are not taken for Arabic, and stay refused as not UTF-8.
    @Test func latinTextWithHighBytesIsNotTakenForArabic() {
        let french = Array("Le ministre a d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9] + Array(" ".utf8) + [0xE0] + Array(" Paris.".utf8)
        #expect(read(french) == .failure(ArticleReadError(origin: "a.txt", reason: "not UTF-8 (byte 0xE9 at byte offset 15); save it as UTF-8")))
        let threeLetters = windows1256("عمان").dropLast() + Array(" report".utf8)
        guard case .failure = read(Array(threeLetters)) else {
            Issue.record("three Arabic bytes were decoded")
            return
        }
    }

    @Test func utf16WithAByteOrderMarkDecodesInBothByteOrders() {
        let text = "Talks 𝐀 «حوار»\n"
        #expect(read([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) == .success(text))
        #expect(read([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }) == .success(text))
    }

    @Test func brokenUTF16IsRefusedWithItsReason() {
        #expect(read([0xFF, 0xFE, 0x41, 0x00, 0x42]) == .failure(ArticleReadError(
            origin: "a.txt", reason: "not valid UTF-16 (an odd number of bytes after the byte order mark)")))
        #expect(read([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]) == .failure(ArticleReadError(
            origin: "a.txt", reason: "not valid UTF-16 (an unpaired surrogate after 1 bytes of text)")))
    }
}
