import CaseServer
import Foundation
import Testing

@Suite("API: GET /api/records/{id} and /similar in-process")
struct RecordEndpointTests {
    @Test func caseComesWithItsOutcomesByDateAndStatus() throws {
        let router = try TestLibrary().router()
        let answer = try router.call("/api/records/\(TestLibrary.correctedCase)")
        #expect(answer.status == 200)
        let record = try #require(answer.json["record"] as? [String: Any])
        #expect(record["id"] as? String == TestLibrary.correctedCase)
        #expect(record["request"] as? String != nil)
        #expect(answer.json["status"] as? String == "corrected")
        let outcomes = try #require(answer.json["outcomes"] as? [[String: Any]])
        #expect(outcomes.map { $0["id"] as? String } == [TestLibrary.earlierOutcome, TestLibrary.laterOutcome])
        #expect(outcomes.map { $0["effect"] as? String } == ["upheld", "corrected"])
        #expect(outcomes.last?["summary"] as? String != nil)
    }

    @Test func caseWithoutOutcomesIsUnchallenged() throws {
        let router = try TestLibrary().router()
        let answer = try router.call("/api/records/\(TestLibrary.otherCase)")
        #expect(answer.json["status"] as? String == "unchallenged")
        #expect((answer.json["outcomes"] as? [Any])?.isEmpty == true)
    }

    @Test func outcomeComesWithItsCase() throws {
        let router = try TestLibrary().router()
        let answer = try router.call("/api/records/\(TestLibrary.laterOutcome)")
        #expect(answer.status == 200)
        #expect(answer.json["effect"] as? String == "corrected")
        let parent = try #require(answer.json["case"] as? [String: Any])
        #expect(parent["id"] as? String == TestLibrary.correctedCase)
        #expect(parent["title"] as? String != nil)
    }

    @Test func trainingListsOnlyVisibleCasesUnlessAll() throws {
        let router = try TestLibrary().router()
        let shown = try router.call("/api/records/\(TestLibrary.training)")
        #expect((shown.json["cases"] as? [[String: Any]])?.map { $0["id"] as? String } == [TestLibrary.correctedCase])
        let all = try router.call("/api/records/\(TestLibrary.training)?all=1")
        #expect((all.json["cases"] as? [[String: Any]])?.count == 2)
    }

    @Test func unknownIDIsNotFound() throws {
        let router = try TestLibrary().router()
        let answer = try router.call("/api/records/NO-SUCH-1")
        #expect(answer.status == 404)
        #expect(answer.errorCode == "not_found")
        #expect(try router.call("/api/records/NO-SUCH-1/similar").status == 404)
    }

    @Test(arguments: ["..%2Fx", "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", String(repeating: "a", count: 100), "a%20b", "%E6%A1%88"])
    func invalidIDIsBadRequest(id: String) throws {
        let router = try TestLibrary().router()
        let answer = try router.call("/api/records/\(id)")
        #expect(answer.status == 400)
        #expect(answer.errorCode == "invalid_input")
        #expect(answer.errorMessage.contains("'id'"))
    }

    @Test func hiddenRecordIsNotFoundUnlessAll() throws {
        let router = try TestLibrary().router()
        #expect(try router.call("/api/records/\(TestLibrary.draftCase)").status == 404)
        #expect(try router.call("/api/records/\(TestLibrary.draftCase)/similar").status == 404)
        #expect(try router.call("/api/records/\(TestLibrary.draftCase)?all=1").status == 200)
    }

    /// Regression: anyone could read restricted and draft cases by adding `?all=1`.
    @Test func hiddenRecordsNeedAReviewersServer() throws {
        let router = try TestLibrary().router(reviewerAccess: false)
        for path in ["/api/records/\(TestLibrary.draftCase)?all=1", "/api/search?q=x&all=1",
                     "/api/records/\(TestLibrary.correctedCase)/similar?all=1"] {
            let answer = try router.call(path)
            #expect(answer.status == 403, "\(path)")
            #expect(answer.errorCode == "forbidden")
            #expect(answer.errorMessage.contains("仅审核人员可见"), "a Chinese message that says why")
        }
        #expect(try router.call("/api/records/\(TestLibrary.draftCase)").status == 404)
    }

    @Test func similarFindsTheLikeCaseAndExcludesTheRecordItselfAndHiddenOnes() throws {
        let router = try TestLibrary().router()
        let answer = try router.call("/api/records/\(TestLibrary.correctedCase)/similar?limit=5")
        #expect(answer.status == 200)
        #expect(answer.json["id"] as? String == TestLibrary.correctedCase)
        let ids = try #require((answer.json["results"] as? [[String: Any]])?.compactMap { $0["id"] as? String })
        #expect(ids.first == TestLibrary.similarCase)
        #expect(!ids.contains(TestLibrary.correctedCase))
        #expect(!ids.contains(TestLibrary.draftCase))
        #expect(try router.call("/api/records/\(TestLibrary.correctedCase)/similar?limit=0").status == 400)
    }
}
