import Testing
@testable import HiwarExport

/// `ByteBuffer`: bytes appended in place, past its first capacity, and dropped from a point.
@Suite struct ByteBufferTests {
    @Test func bytesAppendedPastTheCapacityComeBackInOrder() {
        let buffer = ByteBuffer(capacity: 16)
        let piece: [UInt8] = Array(0..<10)
        for _ in 0..<5 { piece.withUnsafeBufferPointer { buffer.append(contentsOf: $0) } }
        buffer.append(0xFF)
        #expect(buffer.count == 51)
        #expect(buffer.withBytes(Array.init) == piece + piece + piece + piece + piece + [0xFF])
    }

    @Test func removingFromAPointKeepsWhatCameBefore() {
        let buffer = ByteBuffer(capacity: 4)
        for byte: UInt8 in [1, 2, 3, 4, 5] { buffer.append(byte) }
        buffer.removeAll(from: 2)
        buffer.append(9)
        #expect(buffer.withBytes(Array.init) == [1, 2, 9])
        #expect(buffer.withBytes(from: 1, Array.init) == [2, 9])
        buffer.removeAll()
        #expect(buffer.count == 0)
    }

    @Test func quotedJSONIsTheSameInAnArrayAndABuffer() {
        let text = Array("a \"quoted\" line\nand\u{2028}a tab\t".utf8)
        var array: [UInt8] = [], buffer = ByteBuffer(capacity: 1)
        text.withUnsafeBufferPointer {
            JSONValue.appendQuoted(utf8: $0, to: &array)
            JSONValue.appendQuoted(utf8: $0, to: &buffer)
        }
        #expect(buffer.withBytes(Array.init) == array)
        #expect(String(decoding: array, as: UTF8.self) == #""a \"quoted\" line\nand\u2028a tab\t""#)
    }
}
