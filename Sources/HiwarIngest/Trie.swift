/// Sequences of 32-bit symbols (Unicode scalar values, or the node numbers of another trie) stored
/// as a trie: each sequence ends at a numbered node, found again by following its symbols.
///
/// Walking it costs one integer-keyed lookup a symbol, where looking a `String` up in a dictionary
/// hashes it through Unicode normalisation (slow on Arabic) and needs the `String` built first.
struct Trie: Sendable {
    /// The node reached from a node by a symbol, keyed by `node << 32 | symbol`.
    private var children: [UInt64: Int32] = [:]
    /// How many nodes there are, the root (0) included.
    private(set) var count: Int32 = 1

    static let root: Int32 = 0

    /// Adds a sequence and returns the node where it ends (an existing one when it was there already).
    mutating func insert(_ symbols: some Sequence<UInt32>) -> Int32 {
        var node = Trie.root
        for symbol in symbols {
            if let next = child(of: node, symbol) {
                node = next
            } else {
                children[Trie.key(node, symbol)] = count
                node = count
                count += 1
            }
        }
        return node
    }

    /// The node a symbol leads to from `node`, or nil when no stored sequence goes on that way.
    func child(of node: Int32, _ symbol: UInt32) -> Int32? {
        children[Trie.key(node, symbol)]
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

    private static func key(_ node: Int32, _ symbol: UInt32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(symbol)
    }
}
