extension ArticleReader {
    /// A text article's bytes as UTF-8 without a byte order mark.
    ///
    /// UTF-8 passes through. UTF-16 with a byte order mark (what Windows Notepad saves as "Unicode") is
    /// transcoded. Bytes that are not UTF-8 but whose high bytes are nearly all Arabic letters in
    /// Windows-1256 (the code page of older Arabic news sites) are transcoded from Windows-1256. Anything
    /// else comes back unchanged, for ``decodeText(_:fileOffset:origin:line:)`` to refuse with its reason.
    static func utf8Content(of bytes: [UInt8], origin: String) throws(ArticleReadError) -> ArraySlice<UInt8> {
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf8(fromUTF16: bytes.dropFirst(2), bigEndian: false, origin: origin)[...] }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf8(fromUTF16: bytes.dropFirst(2), bigEndian: true, origin: origin)[...] }
        let content = droppingByteOrderMark(bytes[...])
        guard firstInvalidUTF8(content) != nil, isWindows1256Arabic(content) else { return content }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(content.count * 2)
        for byte in content {
            guard byte >= 0x80 else {
                utf8.append(byte)
                continue
            }
            UTF8.encode(Unicode.Scalar(windows1256[Int(byte - 0x80)])!) { utf8.append($0) }
        }
        return utf8[...]
    }

    /// Whether `bytes` read as Windows-1256 are Arabic text: at least four high bytes, and at least
    /// 80% of them Arabic letters or marks there. UTF-8 Arabic with a damaged byte does not pass: half
    /// of its high bytes are continuation bytes (0x80–0xBF), which Windows-1256 maps mostly to symbols.
    static func isWindows1256Arabic(_ bytes: ArraySlice<UInt8>) -> Bool {
        var high = 0, arabic = 0
        for byte in bytes where byte >= 0x80 {
            high += 1
            if (0x0600...0x06FF).contains(windows1256[Int(byte - 0x80)]) { arabic += 1 }
        }
        return arabic >= 4 && arabic * 10 >= high * 8
    }

    /// UTF-16 code units (after the byte order mark) as UTF-8, refusing an odd byte count or an unpaired surrogate.
    private static func utf8(fromUTF16 bytes: ArraySlice<UInt8>, bigEndian: Bool, origin: String) throws(ArticleReadError) -> [UInt8] {
        guard bytes.count % 2 == 0 else {
            throw ArticleReadError(origin: origin, reason: "not valid UTF-16 (an odd number of bytes after the byte order mark)")
        }
        let units = stride(from: bytes.startIndex, to: bytes.endIndex, by: 2).map { index in
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(units.count * 2)
        var decoder = UTF16()
        var iterator = units.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): UTF8.encode(scalar) { utf8.append($0) }
            case .emptyInput: return utf8
            case .error:
                throw ArticleReadError(origin: origin, reason: "not valid UTF-16 (an unpaired surrogate after \(utf8.count) bytes of text)")
            }
        }
    }

    /// The Unicode scalars of Windows-1256 bytes 0x80–0xFF (bytes below 0x80 are ASCII), from the
    /// code page's published mapping.
    static let windows1256: [UInt32] = [
        0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
        0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,  // 0x88
        0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
        0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA,  // 0x98
        0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,  // 0xA0
        0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,  // 0xA8
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,  // 0xB0
        0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F,  // 0xB8
        0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,  // 0xC0
        0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,  // 0xC8
        0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7,  // 0xD0
        0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643,  // 0xD8
        0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7,  // 0xE0
        0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF,  // 0xE8
        0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7,  // 0xF0
        0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,  // 0xF8
    ]
}
