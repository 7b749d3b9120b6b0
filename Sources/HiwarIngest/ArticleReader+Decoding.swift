import HiwarModel

extension ArticleReader {
    /// `bytes` as text, refusing binary data (a NUL byte) and bytes that are not UTF-8.
    ///
    /// `fileOffset` is where `bytes` starts in its file, so the message points at the byte a
    /// person can find with `xxd` or `cmp` (0-based, as those tools count).
    static func decodeText(_ bytes: ArraySlice<UInt8>, fileOffset: Int, origin: String, line: Int? = nil) throws(ArticleReadError) -> String {
        if let nul = bytes.firstIndex(of: 0) {
            throw ArticleReadError(origin: origin, line: line,
                                   reason: "binary data, not text (NUL byte at byte offset \(fileOffset + nul - bytes.startIndex))")
        }
        if let bad = firstInvalidUTF8(bytes) {
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            throw ArticleReadError(origin: origin, line: line,
                                   reason: "not UTF-8 (byte 0x\(hex) at byte offset \(fileOffset + bad - bytes.startIndex)); save it as UTF-8")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The index where the first malformed UTF-8 sequence starts (overlong forms, surrogates and
    /// code points past U+10FFFF included), or nil when all of `bytes` is well-formed.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            // Sequence length and the range allowed for the second byte (Unicode Table 3-7).
            let length: Int, second: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return i
            }
            guard i + length <= bytes.endIndex, second.contains(bytes[i + 1]),
                  bytes[(i + 2)..<(i + length)].allSatisfy({ (0x80...0xBF).contains($0) })
            else { return i }
            i += length
        }
        return nil
    }

    /// The date a `published` value names, or an error quoting it.
    static func publishedDate(_ value: String, origin: String, line: Int?) throws(ArticleReadError) -> PartialDate {
        guard let date = PartialDate(value) else {
            throw ArticleReadError(origin: origin, line: line,
                                   reason: "published: “\(value)” is not a real date written YYYY, YYYY-MM or YYYY-MM-DD")
        }
        return date
    }
}
