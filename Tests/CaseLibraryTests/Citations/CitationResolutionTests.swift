import CaseLibrary
import Testing

@Suite(.enabled(if: Corpus.isAvailable, Corpus.absentMessage))
struct CitationResolutionTests {
    @Test func resolvesCitedProvisionsToCorpusText() throws {
        let library = StatuteLibrary(documents: try [StatuteCorpusTests.ogiRegulations, StatuteCorpusTests.spcProvisions].map(Corpus.document))
        let parser = CitationParser(knownLaws: Set(library.versions(of: "条例").map(\.title)))
        let citations = parser.citations(in: "依据《條例》第十五條、第十六条第二款及第三十六条第（三）项，并参照《规定》第一条第一款第（二）项。")
        #expect(citations.count == 4)
        let texts = citations.map { library.text(of: $0, on: "2021-03-01") }
        #expect(texts[0]?.hasPrefix("涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息") == true)
        #expect(texts[1]?.hasPrefix("行政机关在履行行政管理职能过程中形成的讨论记录") == true)
        #expect(texts[2]?.hasPrefix("(三)行政机关依据本条例的规定决定不予公开的") == true)
        #expect(texts[3]?.hasPrefix("（二）认为行政机关提供的政府信息不符合其在申请中要求的内容") == true)
    }
}
