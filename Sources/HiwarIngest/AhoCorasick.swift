/// Finds every occurrence of many patterns in one pass over a scalar sequence (Aho–Corasick).
///
/// The cost of a scan depends on the text's length and the number of hits, not on the number of
/// patterns, so gazetteers can grow without slowing extraction.
struct AhoCorasick<Payload: Sendable>: Sendable {
    /// A pattern occurrence: folded-scalar positions, half-open, and the pattern's payload.
    struct Hit {
        var range: Range<Int>
        var payload: Payload
    }

    /// The patterns' trie over scalar values; its nodes are the automaton's states.
    private var trie = Trie()
    private var failure: [Int32] = [0]
    /// The patterns ending at each state, own and inherited through failure links, as (length, payload
    /// index): those of state `s` are `outputs[outputStart[s]..<outputStart[s + 1]]`.
    private var outputs: [(length: Int32, payload: Int32)] = []
    private var outputStart: [Int32] = []
    private var payloads: [Payload] = []

    init(patterns: [(key: [Unicode.Scalar], payload: Payload)]) {
        var children: [[(symbol: UInt32, state: Int32)]] = [[]]
        var own: [[(length: Int32, payload: Int32)]] = [[]]
        for (key, payload) in patterns where !key.isEmpty {
            var state = Trie.root
            for scalar in key {
                let next = trie.addChild(of: state, scalar.value)
                if next.isNew {
                    children[Int(state)].append((scalar.value, next.node))
                    children.append([])
                    own.append([])
                    failure.append(0)
                }
                state = next.node
            }
            own[Int(state)].append((Int32(key.count), Int32(payloads.count)))
            payloads.append(payload)
        }
        buildFailureLinks(children: children, outputs: own)
    }

    /// Breadth first, so that a state's failure target, which is shallower, has all its outputs already.
    private mutating func buildFailureLinks(children: [[(symbol: UInt32, state: Int32)]],
                                            outputs own: [[(length: Int32, payload: Int32)]]) {
        var outputs = own
        var queue = children[0].map(\.state)
        var head = 0
        while head < queue.count {
            let state = Int(queue[head])
            head += 1
            for (symbol, child) in children[state] {
                queue.append(child)
                var fallback = failure[state]
                while fallback != 0 && trie.child(of: fallback, symbol) == nil {
                    fallback = failure[Int(fallback)]
                }
                let target = trie.child(of: fallback, symbol) ?? 0
                failure[Int(child)] = target == child ? 0 : target
                outputs[Int(child)].append(contentsOf: outputs[Int(failure[Int(child)])])
            }
        }
        outputStart = [0]
        for list in outputs {
            self.outputs += list
            outputStart.append(Int32(self.outputs.count))
        }
    }

    /// Every occurrence in `text[range]`, ordered by end position.
    func hits(in text: [Unicode.Scalar], range: Range<Int>) -> [Hit] {
        var found: [Hit] = []
        var state = Trie.root
        for position in range {
            let value = text[position].value
            while true {
                if let next = trie.child(of: state, value) {
                    state = next
                    break
                }
                if state == Trie.root { break }
                state = failure[Int(state)]
            }
            for output in outputs[Int(outputStart[Int(state)])..<Int(outputStart[Int(state) + 1])] {
                found.append(Hit(range: (position + 1 - Int(output.length))..<(position + 1), payload: payloads[Int(output.payload)]))
            }
        }
        return found
    }
}
