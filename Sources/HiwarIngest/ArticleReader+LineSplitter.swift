extension ArticleReader {
    /// Splits bytes into LF-terminated lines, pulling more from a file as it goes, so a JSON Lines
    /// file of any size is read with one line (and one chunk) in memory.
    struct LineSplitter {
        struct Line {
            /// 1-based.
            var number: Int
            /// Where the line starts in its file, in bytes.
            var offset: Int
            /// The line without its LF; empty when the line is too long.
            var bytes: ArraySlice<UInt8>
            /// Longer than the splitter's `maxLineBytes`: its bytes were dropped while reading.
            var isTooLong = false
        }

        private var buffer: [UInt8]
        /// The file offset of `buffer[0]`.
        private var bufferOffset = 0
        /// Where the next line starts in `buffer`.
        private var start = 0
        private var number = 0
        private let file: InputFile?
        /// The longest line kept: a longer one is delivered as `isTooLong`, so that one runaway line
        /// never fills memory.
        private let maxLineBytes: Int
        /// Set when reading the file failed; the lines before it were delivered.
        private(set) var failure: ArticleReadError?

        /// Lines of `bytes`, then of what remains to read in `file`.
        init(bytes: [UInt8], file: InputFile? = nil, maxLineBytes: Int = .max) {
            self.buffer = bytes
            self.file = file
            self.maxLineBytes = maxLineBytes
        }

        mutating func next() -> Line? {
            var searched = start
            var dropped = 0
            while true {
                if let newline = buffer[searched...].firstIndex(of: 0x0A) {
                    defer { start = newline + 1 }
                    return line(buffer[start..<newline], dropped: dropped)
                }
                guard let file, failure == nil else { break }
                if buffer.count - start > maxLineBytes {
                    dropped += buffer.count - start
                    start = buffer.count
                }
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
            guard start < buffer.count || dropped > 0 else { return nil }
            defer { start = buffer.count }
            return line(buffer[start...], dropped: dropped)
        }

        /// The next line, of which `dropped` bytes before `bytes` were read and thrown away.
        private mutating func line(_ bytes: ArraySlice<UInt8>, dropped: Int) -> Line {
            number += 1
            let isTooLong = dropped + bytes.count > maxLineBytes
            return Line(number: number, offset: bufferOffset + bytes.startIndex - dropped,
                        bytes: isTooLong ? [] : bytes, isTooLong: isTooLong)
        }
    }
}
