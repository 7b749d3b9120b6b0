import Testing
@testable import HiwarIngest

@Suite struct AhoCorasickTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func findsOverlappingAndNestedPatterns() {
        let automaton = AhoCorasick(patterns: ["he", "she", "his", "hers"].map { (scalars($0), $0) })
        let text = scalars("ushers")
        let hits = automaton.hits(in: text, range: 0..<text.count).map { "\($0.payload)@\($0.range.lowerBound)" }
        #expect(hits == ["she@1", "he@2", "hers@2"])
    }

    @Test func searchesOnlyTheGivenRange() {
        let automaton = AhoCorasick(patterns: [(scalars("وفد"), 1)])
        let text = scalars("وفد ثم وفد")
        #expect(automaton.hits(in: text, range: 3..<text.count).map(\.range) == [7..<10])
    }

    @Test func emptyAutomatonFindsNothing() {
        let automaton = AhoCorasick<Int>(patterns: [])
        #expect(automaton.hits(in: scalars("abc"), range: 0..<3).isEmpty)
    }
}
