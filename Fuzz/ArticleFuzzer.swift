import HiwarIngest

/// One extractor for the whole run: building the gazetteer is the slow part.
private let extractor = Extractor()

/// libFuzzer's entry point: reads the bytes as an article file, once as text and once as JSON Lines,
/// and extracts the events of every article that reads. A trap anywhere on the way (an index out of
/// range, an overflow, a force-unwrap) is a finding; refusing the bytes with an error is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for format in [ArticleReader.Format.text, .jsonLines] {
        for case .success(let article) in ArticleReader.read(bytes: bytes, origin: "fuzz", format: format) {
            _ = extractor.extract(article)
        }
    }
    return 0
}
