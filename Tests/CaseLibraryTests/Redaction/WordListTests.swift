@testable import CaseLibrary
import Testing

/// The word lists the personal-data matchers look up at every position of a text.
struct WordListTests {
    private let list = WordList(["被侵害人", "被害人", "申请人", "人"].map { Array($0) })

    @Test func theFirstWordInListOrderThatStartsAtThePositionIsFound() {
        let text = Array("本案被侵害人张某与申请人")
        #expect(list.word(in: text, at: 2).map { String($0) } == "被侵害人", "not 被害人: 被侵 ≠ 被害")
        #expect(list.word(in: text, at: 9).map { String($0) } == "申请人")
        #expect(list.word(in: text, at: 5).map { String($0) } == "人")
    }

    @Test func aPositionThatStartsNoWordOrRunsPastTheEndFindsNothing() {
        let text = Array("本案被害")
        #expect(list.word(in: text, at: 0) == nil)
        #expect(list.word(in: text, at: 2) == nil, "被害 is cut short by the end of the text")
        #expect(list.word(in: text, at: 4) == nil)
        #expect(list.word(in: [], at: 0) == nil)
    }

    @Test func canonicallyEquivalentCharactersMatch() {
        // é written as e + combining acute is the same Character as the precomposed é.
        let accented = WordList([Array("caf\u{E9}")])
        #expect(accented.word(in: Array("cafe\u{301} au lait"), at: 0) != nil)
    }
}
