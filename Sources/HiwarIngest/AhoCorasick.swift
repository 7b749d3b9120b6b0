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

    private var transitions: [[UInt32: Int32]] = [[:]]
    private var failure: [Int32] = [0]
    /// Per state, the patterns ending there: (length, payload index), own and inherited through failure links.
    private var outputs: [[(length: Int, payload: Int)]] = [[]]
    private var payloads: [Payload] = []

    init(patterns: [(key: [Unicode.Scalar], payload: Payload)]) {
        for (key, payload) in patterns where !key.isEmpty {
            var state = 0
            for scalar in key {
                if let next = transitions[state][scalar.value] {
                    state = Int(next)
                } else {
                    transitions.append([:])
                    failure.append(0)
                    outputs.append([])
                    transitions[state][scalar.value] = Int32(transitions.count - 1)
                    state = transitions.count - 1
                }
            }
            outputs[state].append((key.count, payloads.count))
            payloads.append(payload)
        }
        buildFailureLinks()
    }

    private mutating func buildFailureLinks() {
        var queue: [Int] = []
        for (_, child) in transitions[0] {
            failure[Int(child)] = 0
            queue.append(Int(child))
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (scalar, child) in transitions[state] {
                let child = Int(child)
                queue.append(child)
                var fallback = failure[state]
                while fallback != 0 && transitions[Int(fallback)][scalar] == nil {
                    fallback = failure[Int(fallback)]
                }
                let target = transitions[Int(fallback)][scalar].map(Int.init) ?? 0
                failure[child] = Int32(target == child ? 0 : target)
                outputs[child].append(contentsOf: outputs[Int(failure[child])])
            }
        }
    }

    /// Every occurrence in `text[range]`, ordered by end position.
    func hits(in text: [Unicode.Scalar], range: Range<Int>) -> [Hit] {
        var found: [Hit] = []
        var state = 0
        for position in range {
            let value = text[position].value
            while state != 0 && transitions[state][value] == nil {
                state = Int(failure[state])
            }
            state = transitions[state][value].map(Int.init) ?? 0
            for output in outputs[state] {
                found.append(Hit(range: (position + 1 - output.length)..<(position + 1), payload: payloads[output.payload]))
            }
        }
        return found
    }
}
