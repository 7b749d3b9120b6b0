/// Bytes appended in place, for the renderers: an export appends about 150 small pieces (a key, a
/// comma, a name) for each of 10⁶ events, and `[UInt8].append(contentsOf:)` costs some 50
/// instructions a call before it copies a byte (its uniqueness and capacity checks, not inlined).
///
/// A class, so that appends go through its pointer without copy-on-write checks: each renderer
/// owns one and reuses it from event to event, and never shares it.
final class ByteBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    @inline(__always) func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always) func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: bytes.count) }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Drops the bytes from `start` on (all of them by default), keeping the storage.
    func removeAll(from start: Int = 0) {
        precondition(start >= 0 && start <= count, "no byte \(start) in \(count)")
        count = start
    }

    /// Lends the bytes from `start` on.
    func withBytes<Result>(from start: Int = 0, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    private func grow(toHold extra: Int) {
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(2 * capacity, count + extra))
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = max(2 * capacity, count + extra)
    }
}
