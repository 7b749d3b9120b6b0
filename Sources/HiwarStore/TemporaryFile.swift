#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file for data that does not fit in memory, unlinked as soon as it is made, so that it goes
/// when it is closed or the process ends. It is made in the first of `SQLITE_TMPDIR`, `TMPDIR`,
/// `/var/tmp`, `/usr/tmp` and `/tmp` where that is possible: the folders SQLite uses, in its order.
final class TemporaryFile {
    private let descriptor: Int32

    init() throws {
        let names: [String] = ["SQLITE_TMPDIR", "TMPDIR"]
        let environment = names.compactMap { name -> String? in getenv(name).map { String(cString: $0) } }
        var reason = "no folder for temporary files"
        for folder in environment + ["/var/tmp", "/usr/tmp", "/tmp"] where !folder.isEmpty {
            var template = Array((folder + "/hiwar-sort-XXXXXX").utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else {
                reason = "\(folder): " + String(cString: strerror(errno))
                continue
            }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            self.descriptor = descriptor
            return
        }
        throw ArchiveError.temporaryFile(reason: reason)
    }

    deinit {
        close(descriptor)
    }

    /// Writes `bytes` at `offset`.
    func write(_ bytes: [UInt8], at offset: Int) throws {
        try bytes.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let count = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { throw ArchiveError.temporaryFile(reason: String(cString: strerror(errno))) }
                done += count
            }
        }
    }

    /// Fills `buffer` from `offset`; the file holds at least that many bytes there.
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) throws {
        var done = 0
        while done < buffer.count {
            let count = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                throw ArchiveError.temporaryFile(reason: count == 0 ? "it ended early" : String(cString: strerror(errno)))
            }
            done += count
        }
    }
}
