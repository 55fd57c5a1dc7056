import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import TestSupport
import Testing

@Suite("Legal elements in precedent ranking, on a small library")
struct ElementRankingTests {
    static let elementsFile = """
        [申请人身份]
        被侵害人 = 被侵害人, 被打伤
        [程序 互斥 案例按标题]
        行政 = 行政拘留, 治安处罚
        刑事 = 刑事拘留, 侦查
        """

    /// Two cases told in the same words, one administrative, one criminal.
    static func cases() -> [[String: Any]] { [
        Fixtures.caseJSON(id: "2022-A-0001", [
            "title": "被侵害人申请公开刑事拘留通知书案", "category": "刑事司法类",
            "request": "申请人张某被邻居打伤，申请公开公安机关对邻居的拘留文书，用于向法院起诉。",
        ]),
        Fixtures.caseJSON(id: "2022-A-0002", [
            "title": "被侵害人申请公开行政拘留决定书案",
            "request": "申请人张某被邻居打伤，申请公开公安机关对邻居的拘留文书。",
        ]),
    ] }

    private func library(elements: String?) throws -> (TemporaryDirectory, CaseLibraryService) {
        let directory = TemporaryDirectory("element-ranking")
        let service = CaseLibraryService(casesRoot: directory.path("Cases"), indexRoot: directory.path("Index"))
        for object in Self.cases() {
            guard let record = Fixtures.record(object) else { throw ServiceError.badInput("fixture") }
            try service.folder.write(record)
        }
        if let elements { try directory.write(elements, to: "Cases/elements.txt") }
        _ = try service.updateIndex()
        return (directory, service)
    }

    @Test func procedureAgreementOutranksSharedWords() throws {
        let (directory, service) = try library(elements: Self.elementsFile)
        let session = try LibrarySession(library: service, viewer: .member)
        let results = try session.precedents(.init(text: "王某被打伤，派出所对邻居行政拘留，王某申请公开对邻居的拘留文书，用于向法院起诉。"))
        #expect(results.map(\.record.id) == ["2022-A-0002", "2022-A-0001"])
        let criminal = try #require(results.last)
        #expect(criminal.why.elements.map(\.description) == ["申请人身份：被侵害人 ✓", "程序：行政 ✗ 刑事"])
        #expect(criminal.why.elementFactor < (results.first?.why.elementFactor ?? 0))
        _ = directory
    }

    @Test func casesCarryTheirElementsAsIndexTerms() throws {
        let (directory, service) = try library(elements: Self.elementsFile)
        let reader = try IndexReader(location: service.location)
        #expect(try reader.termFrequency(IndexSchema.elementTerm(dimension: "程序", element: "刑事")) == 1)
        #expect(try reader.termFrequency(IndexSchema.elementTerm(dimension: "申请人身份", element: "被侵害人")) == 2)
        _ = directory
    }

    @Test func editingTheElementsReindexesTheCases() throws {
        let (directory, service) = try library(elements: Self.elementsFile)
        try directory.write(Self.elementsFile + "\n[信息类型]\n拘留文书 = 拘留文书\n", to: "Cases/elements.txt")
        let run = try service.updateIndex()
        #expect(run.report.updated == 2, "\(run.report)")
        let reader = try IndexReader(location: service.location)
        #expect(try reader.termFrequency(IndexSchema.elementTerm(dimension: "信息类型", element: "拘留文书")) == 2,
                "the new element is on both cases (read from their requests)")
        #expect(try reader.termFrequency(IndexSchema.elementTerm(dimension: "申请人身份", element: "被侵害人")) == 2)
    }

    @Test func withoutAnElementsFileRankingIsByWordsAlone() throws {
        let (directory, service) = try library(elements: nil)
        let session = try LibrarySession(library: service, viewer: .member)
        let results = try session.precedents(.init(text: "王某被邻居打伤，申请公开对邻居的拘留文书。"))
        #expect(!results.isEmpty)
        #expect(results.allSatisfy { $0.why.elements.isEmpty && $0.why.elementFactor == 1 })
        _ = directory
    }

    @Test func elementFactorRewardsAgreementAndPunishesConflict() {
        let elements = LegalElements.parse(Self.elementsFile).elements
        let application = elements.profile(text: "被打伤，行政拘留")
        let same = ElementComparison.compare(application: application, precedent: elements.profile(text: "被侵害人 治安处罚"), elements: elements)
        let other = ElementComparison.compare(application: application, precedent: elements.profile(text: "侦查"), elements: elements)
        let silent = ElementComparison.compare(application: application, precedent: ElementProfile(), elements: elements)
        let weights = PrecedentWeights()
        let factors = [same, silent, other].map { ElementComparison.factor($0, elements: elements, weights: weights) }
        #expect(factors[0] > factors[1] && factors[1] > factors[2], "\(factors)")
        #expect(factors[1] == 1, "a precedent silent on every dimension is neither lifted nor lowered")
        #expect(silent.map(\.agreement) == [.unknown, .unknown])
    }

    @Test func oneSharedElementLiftsLessThanASharedIssue() {
        let elements = LegalElements.parse(Self.elementsFile + "\n[信息类型 互斥 权重=1.5]\n处罚决定书 = 决定书\n").elements
        let weights = PrecedentWeights()
        let precedent = elements.profile(text: "被侵害人 治安处罚 决定书")
        let thin = ElementComparison.compare(application: elements.profile(text: "被打伤"), precedent: precedent, elements: elements)
        let rich = ElementComparison.compare(application: elements.profile(text: "被打伤，行政拘留决定书"), precedent: precedent,
                                             elements: elements)
        #expect(thin.map(\.agreement) == [.same] && rich.map(\.agreement) == [.same, .same, .same])
        let factors = [thin, rich].map { ElementComparison.factor($0, elements: elements, weights: weights) }
        #expect(factors[0] < factors[1], "one shared element (\(factors[0])) against who, what and procedure shared (\(factors[1]))")
        #expect(abs(factors[1] - (1 + weights.elementAgreementWeight)) < 1e-9, "a richly described application shared in full")
        var unfloored = weights
        unfloored.elementEvidenceFloor = 0
        #expect(ElementComparison.factor(thin, elements: elements, weights: unfloored) == factors[1], "without the floor both lift alike")
    }
}
