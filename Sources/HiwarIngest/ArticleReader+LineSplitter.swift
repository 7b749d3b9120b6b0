extension ArticleReader {
    /// Splits bytes into LF-terminated lines, pulling more from a file as it goes, so a JSON Lines
    /// file of any size is read with one line (and one chunk) in memory.
    struct LineSplitter {
        struct Line {
            /// 1-based.
            var number: Int
            /// Where the line starts in its file, in bytes.
            var offset: Int
            /// The line without its LF.
            var bytes: ArraySlice<UInt8>
        }

        private var buffer: [UInt8]
        /// The file offset of `buffer[0]`.
        private var bufferOffset = 0
        /// Where the next line starts in `buffer`.
        private var start = 0
        private var number = 0
        private let file: InputFile?
        /// Set when reading the file failed; the lines before it were delivered.
        private(set) var failure: ArticleReadError?

        /// Lines of `bytes`, then of what remains to read in `file`.
        init(bytes: [UInt8], file: InputFile? = nil) {
            self.buffer = bytes
            self.file = file
        }

        mutating func next() -> Line? {
            var searched = start
            while true {
                if let newline = buffer[searched...].firstIndex(of: 0x0A) {
                    defer { start = newline + 1 }
                    return line(buffer[start..<newline])
                }
                guard let file, failure == nil else { break }
                buffer.removeFirst(start)
                bufferOffset += start
                start = 0
                searched = buffer.count
                do {
                    let chunk = try file.read()
                    if chunk.isEmpty { break }
                    buffer += chunk
                } catch {
                    failure = error
                }
            }
            guard start < buffer.count else { return nil }
            defer { start = buffer.count }
            return line(buffer[start...])
        }

        private mutating func line(_ bytes: ArraySlice<UInt8>) -> Line {
            number += 1
            return Line(number: number, offset: bufferOffset + bytes.startIndex, bytes: bytes)
        }
    }
}
