/// Sequences of 32-bit symbols (Unicode scalar values, or the node numbers of another trie) stored
/// as a trie: each sequence ends at a numbered node, found again by following its symbols.
///
/// Following a symbol costs a multiplication and a probe or two of an open-addressing table, where
/// a `Dictionary` runs SipHash on every key and looking a `String` up hashes it through Unicode
/// normalisation (slow on Arabic). Extraction follows a symbol for almost every scalar it reads.
struct Trie: Sendable {
    /// The edges, keyed by `node << 32 | symbol`; `empty` marks a free slot. Never more than half full.
    private var keys: [UInt64]
    private var targets: [Int32]
    /// How many nodes there are, the root (0) included.
    private(set) var count: Int32 = 1

    static let root: Int32 = 0
    private static let empty = UInt64.max

    init() {
        keys = Array(repeating: Trie.empty, count: 64)
        targets = Array(repeating: 0, count: 64)
    }

    /// Adds a sequence and returns the node where it ends (an existing one when it was there already).
    mutating func insert(_ symbols: some Sequence<UInt32>) -> Int32 {
        symbols.reduce(Trie.root) { node, symbol in addChild(of: node, symbol).node }
    }

    /// The node a symbol leads to from `node`, made when there was none (`isNew`).
    mutating func addChild(of node: Int32, _ symbol: UInt32) -> (node: Int32, isNew: Bool) {
        if let next = child(of: node, symbol) { return (next, false) }
        add(Trie.key(node, symbol), target: count)
        count += 1
        return (count - 1, true)
    }

    /// The node a symbol leads to from `node`, or nil when no stored sequence goes on that way.
    @inline(__always)
    func child(of node: Int32, _ symbol: UInt32) -> Int32? {
        let key = Trie.key(node, symbol)
        var slot = slot(of: key)
        while true {
            let found = keys[slot]
            if found == key { return targets[slot] }
            if found == Trie.empty { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// The node at the end of `symbols` followed from `node`, or nil.
    func walk(from node: Int32 = Trie.root, _ symbols: some Sequence<UInt32>) -> Int32? {
        var node = node
        for symbol in symbols {
            guard let next = child(of: node, symbol) else { return nil }
            node = next
        }
        return node
    }

    private mutating func add(_ key: UInt64, target: Int32) {
        if Int(count) * 2 >= keys.count { grow() }
        var slot = slot(of: key)
        while keys[slot] != Trie.empty { slot = (slot + 1) & (keys.count - 1) }
        keys[slot] = key
        targets[slot] = target
    }

    private mutating func grow() {
        let old = zip(keys, targets).filter { $0.0 != Trie.empty }
        keys = Array(repeating: Trie.empty, count: keys.count * 2)
        targets = Array(repeating: 0, count: keys.count)
        for (key, target) in old {
            var slot = slot(of: key)
            while keys[slot] != Trie.empty { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            targets[slot] = target
        }
    }

    /// Fibonacci hashing: the top bits of the key times 2⁶⁴/φ, as many as the table has slots.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - keys.count.trailingZeroBitCount))
    }

    @inline(__always)
    private static func key(_ node: Int32, _ symbol: UInt32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(symbol)
    }
}
