import HiwarExport
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output or a file, written through a 64 KiB buffer so that an export of any size costs
/// few system calls. A write error is kept and reported by ``close()``.
final class OutputFile: ByteOutputStream {
    /// The path, or "standard output".
    let name: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var failure: String?

    private init(name: String, descriptor: Int32, ownsDescriptor: Bool) {
        self.name = name
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        buffer.reserveCapacity(Self.capacity)
    }

    static func standardOutput() -> OutputFile {
        OutputFile(name: "standard output", descriptor: STDOUT_FILENO, ownsDescriptor: false)
    }

    /// Creates (or empties) the file at `path`.
    convenience init(creating path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw RuntimeError("cannot create \(path): \(String(cString: strerror(errno)))") }
        self.init(name: path, descriptor: descriptor, ownsDescriptor: true)
    }

    func write(_ string: String) {
        var string = string
        string.withUTF8 { write(utf8: $0) }
    }

    func write(utf8: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: utf8)
        if buffer.count >= Self.capacity { flush() }
    }

    /// Writes what is buffered and closes the file; throws if any write failed.
    func close() throws {
        flush()
        if ownsDescriptor, closeDescriptor(descriptor) != 0, failure == nil {
            failure = String(cString: strerror(errno))
        }
        if let failure { throw RuntimeError("cannot write \(name): \(failure)") }
    }

    private func flush() {
        var written = 0
        while written < buffer.count, failure == nil {
            let count = buffer[written...].withUnsafeBytes { writeDescriptor(descriptor, $0) }
            if count >= 0 {
                written += count
            } else if errno != EINTR {
                failure = String(cString: strerror(errno))
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private static let capacity = 1 << 16
}

/// `write(2)` and `close(2)`, out of reach of the methods that shadow them.
private func writeDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
    write(descriptor, bytes.baseAddress, bytes.count)
}

private func closeDescriptor(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}
