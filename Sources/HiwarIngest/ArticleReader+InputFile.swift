#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension ArticleReader {
    /// A file (or standard input) read in chunks through its descriptor, closed when released.
    ///
    /// POSIX calls rather than `FileHandle`, so that failures carry the system's own words
    /// ("Permission denied", "Is a directory") into the message a person reads.
    final class InputFile {
        let origin: String
        private let descriptor: Int32
        private let ownsDescriptor: Bool

        init(path: String) throws(ArticleReadError) {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw ArticleReadError(origin: path, reason: systemMessage()) }
            self.origin = path
            self.descriptor = descriptor
            self.ownsDescriptor = true
        }

        private init(standardInputNamed origin: String) {
            self.origin = origin
            self.descriptor = STDIN_FILENO
            self.ownsDescriptor = false
        }

        /// Standard input, named `-` in articles and messages.
        static func standardInput() -> InputFile {
            InputFile(standardInputNamed: "-")
        }

        deinit {
            if ownsDescriptor { close(descriptor) }
        }

        /// The next bytes, at most 64 KiB; empty at the end of the input.
        func read() throws(ArticleReadError) -> [UInt8] {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let got = chunk.withUnsafeMutableBytes { readDescriptor(descriptor, into: $0) }
                if got >= 0 {
                    chunk.removeLast(chunk.count - got)
                    return chunk
                }
                if errno != EINTR { throw ArticleReadError(origin: origin, reason: "cannot read: " + systemMessage()) }
            }
        }

        /// `prefix` followed by everything left to read, refused once it grows past `limit` bytes.
        func readToEnd(after prefix: [UInt8] = [], limit: Int) throws(ArticleReadError) -> [UInt8] {
            var bytes = prefix
            while case let chunk = try read(), !chunk.isEmpty {
                bytes += chunk
                guard bytes.count <= limit else { throw .tooLarge(origin: origin, limit: limit) }
            }
            return bytes
        }
    }
}

/// The text of the current `errno`, e.g. "No such file or directory".
func systemMessage() -> String {
    String(cString: strerror(errno))
}

/// `read(2)`, out of reach of `InputFile.read` shadowing it.
private func readDescriptor(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
    read(descriptor, buffer.baseAddress, buffer.count)
}
