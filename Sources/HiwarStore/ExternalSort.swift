/// Records of bytes sorted by a key in bounded memory: they are held until `runBytes` of them
/// have come, then sorted by key and written to a temporary file as one sorted run; `merge` hands
/// them all over in key order, reading the runs back together through one buffer each.
///
/// An export renders each event where it is stored and sorts the rendered events here, rather
/// than having SQLite sort its three statements' rows (docs/PERFORMANCE.md, Export). Memory is
/// `runBytes` and the keys of one run (and 1 MiB to write it) while records come, then
/// `mergeBytes` of read buffers (a run's buffer shrinks as runs multiply, to 4 KiB at 4 096
/// runs). 8 MiB each keeps a 10⁶-event export at 36 to 37 MiB (16 MiB: 47.5) for no measurable
/// change in time. Records that fit in one run never touch the disk. The temporary file is
/// unlinked as soon as it is made, so it goes with the process; it is made in `SQLITE_TMPDIR`,
/// `TMPDIR` or `/var/tmp`, like SQLite's own.
struct ExternalSort<Key: Comparable> {
    private let runBytes: Int
    private let mergeBytes: Int
    /// The records of the run being built, one after the other, and where each one is.
    private var bytes: [UInt8] = []
    private var records: [(key: Key, start: Int, count: Int)] = []
    private var file: TemporaryFile?
    /// Each run's place in the temporary file.
    private var runs: [Range<Int>] = []

    init(runBytes: Int = 8 << 20, mergeBytes: Int = 8 << 20) {
        self.runBytes = runBytes
        self.mergeBytes = mergeBytes
    }

    /// Adds a record; writes a run when `runBytes` have come.
    mutating func append(_ record: UnsafeBufferPointer<UInt8>, key: Key) throws {
        records.append((key, bytes.count, record.count))
        bytes.append(contentsOf: record)
        if bytes.count >= runBytes { try writeRun() }
    }

    /// Hands every record to `each` in key order. Keys are meant to be distinct: ties come in no set order.
    mutating func merge(_ each: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        guard let file else {
            sortRecords()
            return try bytes.withUnsafeBufferPointer { all in
                for record in records { try each(UnsafeBufferPointer(rebasing: all[record.start..<record.start + record.count])) }
            }
        }
        if !records.isEmpty { try writeRun() }
        bytes = []
        records = []
        let capacity = max(4096, mergeBytes / max(runs.count, 1))
        var readers = try runs.map { try RunReader(file: file, range: $0, capacity: capacity) }
        var heap = MinHeap(readers.indices.compactMap { run in readers[run].key.map { Head(key: $0, run: run) } })
        while let head = heap.first {
            try readers[head.run].withRecord(each)
            try readers[head.run].advance()
            if let key = readers[head.run].key { heap.replaceFirst(with: Head(key: key, run: head.run)) } else { heap.removeFirst() }
        }
    }

    /// A run's next record in the merge: its key, and which run.
    private struct Head: Comparable {
        let key: Key
        let run: Int

        static func < (left: Head, right: Head) -> Bool { left.key < right.key }
        static func == (left: Head, right: Head) -> Bool { left.key == right.key }
    }

    private mutating func sortRecords() {
        records.sort { $0.key < $1.key }
    }

    /// Writes the run's records in key order, each as its key, its length and its bytes, through a
    /// buffer of 1 MiB rather than a copy of the whole run.
    private mutating func writeRun() throws {
        sortRecords()
        let file = try self.file ?? TemporaryFile()
        self.file = file
        let start = runs.last?.upperBound ?? 0
        var end = start, out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        for record in records {
            withUnsafeBytes(of: record.key) { out.append(contentsOf: $0) }
            withUnsafeBytes(of: record.count) { out.append(contentsOf: $0) }
            out.append(contentsOf: bytes[record.start..<record.start + record.count])
            if out.count >= 1 << 20 {
                try file.write(out, at: end)
                end += out.count
                out.removeAll(keepingCapacity: true)
            }
        }
        try file.write(out, at: end)
        runs.append(start..<end + out.count)
        bytes.removeAll(keepingCapacity: true)
        records.removeAll(keepingCapacity: true)
    }

    /// One run read back in order, a buffer at a time; `key` is that of the record at hand, nil at the end.
    private struct RunReader {
        let file: TemporaryFile
        var next: Int
        let end: Int
        var buffer: [UInt8]
        /// The record at hand starts at `position` in `buffer`; `filled` bytes of it are read.
        var position = 0, filled = 0
        private(set) var key: Key?
        var count = 0

        init(file: TemporaryFile, range: Range<Int>, capacity: Int) throws {
            self.file = file
            next = range.lowerBound
            end = range.upperBound
            buffer = [UInt8](repeating: 0, count: capacity)
            try advance(past: 0)
        }

        func withRecord(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
            let header = MemoryLayout<Key>.size + MemoryLayout<Int>.size
            try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[position + header..<position + header + count])) }
        }

        /// Moves to the next record.
        mutating func advance() throws {
            try advance(past: MemoryLayout<Key>.size + MemoryLayout<Int>.size + count)
        }

        private mutating func advance(past length: Int) throws {
            position += length
            let header = MemoryLayout<Key>.size + MemoryLayout<Int>.size
            guard try ensure(header) else { key = nil; return }
            buffer.withUnsafeBytes { raw in
                key = raw.loadUnaligned(fromByteOffset: position, as: Key.self)
                count = raw.loadUnaligned(fromByteOffset: position + MemoryLayout<Key>.size, as: Int.self)
            }
            guard try ensure(header + count) else { fatalError("a run of the external sort ends inside a record") }
        }

        /// Makes `length` bytes from `position` available in the buffer; false at the end of the run.
        private mutating func ensure(_ length: Int) throws -> Bool {
            if filled - position >= length { return true }
            if next == end, filled == position { return false }
            // Keep the part of the record already read, at the front, and fill the rest.
            buffer.withUnsafeMutableBytes { raw in
                raw.baseAddress!.copyMemory(from: raw.baseAddress! + position, byteCount: filled - position)
            }
            filled -= position
            position = 0
            if buffer.count < length { buffer += [UInt8](repeating: 0, count: length - buffer.count) }
            let file = file, range = filled..<filled + min(buffer.count - filled, end - next), offset = next
            try buffer.withUnsafeMutableBufferPointer { try file.read(into: UnsafeMutableBufferPointer(rebasing: $0[range]), at: offset) }
            let wanted = range.count
            filled += wanted
            next += wanted
            return filled - position >= length
        }
    }
}

/// A binary min-heap: the least element first.
private struct MinHeap<Element: Comparable> {
    private var items: [Element] = []

    init(_ elements: [Element]) {
        for element in elements { push(element) }
    }

    var first: Element? { items.first }

    mutating func removeFirst() {
        items.swapAt(0, items.count - 1)
        items.removeLast()
        siftDown()
    }

    /// Replaces the least element with `element` (one no less than it, in a merge) and restores the order.
    mutating func replaceFirst(with element: Element) {
        items[0] = element
        siftDown()
    }

    private mutating func siftDown() {
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var least = parent
            if left < items.count, items[left] < items[least] { least = left }
            if right < items.count, items[right] < items[least] { least = right }
            if least == parent { return }
            items.swapAt(parent, least)
            parent = least
        }
    }

    private mutating func push(_ element: Element) {
        items.append(element)
        var child = items.count - 1
        while child > 0, items[child] < items[(child - 1) / 2] {
            items.swapAt(child, (child - 1) / 2)
            child = (child - 1) / 2
        }
    }
}
