extension ArticleReader {
    /// `ar` when Arabic letters outnumber Latin ones in `text`, else `en`: the two languages
    /// Hiwar reads. Used only when the article does not say.
    static func detectedLanguage(of text: String) -> String {
        var arabic = 0, latin = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0621...0x064A, 0x066E...0x06D3, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFC: arabic += 1
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            default: break
            }
        }
        return arabic > latin ? "ar" : "en"
    }
}
