/// A destination for text that takes UTF-8 bytes as they are: an export hands over 300 MB and
/// more, which a `String` made of each event's bytes would check and copy once more.
public protocol ByteOutputStream: TextOutputStream {
    /// Writes `utf8`, which is valid UTF-8.
    mutating func write(utf8: UnsafeBufferPointer<UInt8>)
}

extension String: ByteOutputStream {
    public mutating func write(utf8: UnsafeBufferPointer<UInt8>) {
        self += String(decoding: utf8, as: UTF8.self)
    }
}
