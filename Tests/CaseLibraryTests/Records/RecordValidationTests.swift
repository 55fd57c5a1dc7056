import CaseLibrary
import TestSupport
import Testing

@Suite("Record validation: one test per rule of the spec")
struct RecordValidationTests {
    private func fields(_ problems: [RecordProblem]) -> [String?] { problems.map(\.field) }

    @Test func validCaseOutcomeAndTrainingDecode() {
        #expect(Fixtures.record(Fixtures.caseJSON()) != nil)
        #expect(Fixtures.record(Fixtures.outcomeJSON()) != nil)
        #expect(Fixtures.record(Fixtures.trainingJSON()) != nil)
    }

    @Test(arguments: ["title", "year", "unit", "applicant_type", "category", "request", "response", "review"])
    func missingRequiredCaseFieldIsReported(field: String) {
        let problems = Fixtures.problems(Fixtures.caseJSON([field: nil]))
        #expect(problems.contains(RecordProblem(field: field, message: "缺少必填字段")))
    }

    @Test(arguments: ["case", "stage", "body", "date", "result", "summary"])
    func missingRequiredOutcomeFieldIsReported(field: String) {
        #expect(fields(Fixtures.problems(Fixtures.outcomeJSON([field: nil]))).contains(field))
    }

    @Test func missingRequiredTrainingFieldsAreReported() {
        #expect(fields(Fixtures.problems(Fixtures.trainingJSON(["body": nil, "title": nil]))) == ["title", "body"])
    }

    @Test func unknownFieldIsAnError() {
        let problems = Fixtures.problems(Fixtures.caseJSON(["applicant_name": "张某"]))
        #expect(problems == [RecordProblem(field: "applicant_name", message: "未知字段")])
    }

    @Test func unknownNestedReviewFieldIsAnError() {
        let review: [String: Any] = ["status": "reviewed", "secrecy_checked": true, "approved": true]
        #expect(fields(Fixtures.problems(Fixtures.caseJSON(["review": review]))) == ["review.approved"])
    }

    @Test func wrongTypesAreNamed() {
        let problems = Fixtures.problems(Fixtures.caseJSON(["year": "2023", "hard": "yes", "tags": "标签", "legal_basis": [1]]))
        #expect(Set(fields(problems)) == ["year", "hard", "tags", "legal_basis[0]"])
    }

    @Test(arguments: [
        ("category", "交通类"), ("response", "公开"), ("applicant_type", "个人"), ("regime", "2007"), ("scope", "secret"),
    ])
    func valuesOutsideTheVocabularyAreRejected(field: String, value: String) {
        let problems = Fixtures.problems(Fixtures.caseJSON([field: value]))
        #expect(fields(problems) == [field])
        #expect(problems.first?.message.contains("不是允许的取值") == true)
    }

    @Test func applicantSubtypeIsAcceptedForOrganisationsOnly() {
        let organisation = Fixtures.caseJSON(["applicant_type": "法人或其他组织", "applicant_subtype": "法律服务机构"])
        #expect(Fixtures.problems(organisation).isEmpty)
        #expect(Fixtures.record(organisation)?.text("applicant_subtype") == "法律服务机构")
        let person = Fixtures.problems(Fixtures.caseJSON(["applicant_type": "自然人", "applicant_subtype": "商业企业"]))
        #expect(fields(person) == ["applicant_subtype"])
        let unknown = Fixtures.problems(Fixtures.caseJSON(["applicant_type": "法人或其他组织", "applicant_subtype": "律师"]))
        #expect(unknown.first?.message.contains("不是允许的取值") == true)
    }

    @Test func reviewStatusMustBeKnownAndSecrecyCheckedRequired() {
        let review: [String: Any] = ["status": "approved"]
        #expect(Set(fields(Fixtures.problems(Fixtures.caseJSON(["review": review])))) == ["review.status", "review.secrecy_checked"])
    }

    @Test func responseDetailIsRequiredForGroupsWithSubRows() {
        let problems = Fixtures.problems(Fixtures.caseJSON(["response": "无法提供", "response_detail": nil]))
        #expect(problems == [RecordProblem(field: "response_detail", message: "response 为 无法提供 时必须填写")])
    }

    @Test func responseDetailMustBeAbsentForDisclosure() {
        let problems = Fixtures.problems(Fixtures.caseJSON(["response": "予以公开", "response_detail": "保护第三方合法权益"]))
        #expect(fields(problems) == ["response_detail"])
    }

    @Test func responseDetailMustBelongToItsGroup() {
        let problems = Fixtures.problems(Fixtures.caseJSON(["response": "不予处理", "response_detail": "保护第三方合法权益"]))
        #expect(problems.first?.message.contains("不是 不予处理 的细分项") == true)
    }

    @Test func everySubRowOfTheSpecIsAccepted() {
        for (response, details) in Vocabulary.responseDetails {
            for detail in details {
                #expect(Fixtures.problems(Fixtures.caseJSON(["response": response, "response_detail": detail])).isEmpty)
            }
        }
    }

    @Test(arguments: ["2023-02-29", "2023-13-01", "2023-04-31", "2023-4-1", "20230401", "2023-04-01T00:00"])
    func datesMustBeRealCalendarDates(date: String) {
        #expect(fields(Fixtures.problems(Fixtures.caseJSON(["received": date]))) == ["received"])
    }

    @Test func leapDayIsAValidDate() {
        #expect(Fixtures.problems(Fixtures.caseJSON(["received": "2024-02-29"])).isEmpty)
    }

    @Test(arguments: ["", "含中文", "a b", "a/b", String(repeating: "x", count: 65)])
    func idsMustUseTheAllowedCharacters(id: String) {
        #expect(fields(Fixtures.problems(Fixtures.caseJSON(id: id))).contains("id"))
    }

    @Test(arguments: [202, 20230, -1, 1800])
    func yearsMustBePlausible(year: Int) {
        #expect(fields(Fixtures.problems(Fixtures.caseJSON(["year": year]))) == ["year"])
    }

    @Test func statuteArticleIdsAreReserved() {
        #expect(fields(Fixtures.problems(Fixtures.caseJSON(id: "S-0b41b41cb736-15"))) == ["id"])
        #expect(Fixtures.problems(Fixtures.caseJSON(id: "S-2023-0001")).isEmpty, "an ordinary id starting with S- is fine")
    }

    @Test func reconsiderationCannotGiveACourtResult() {
        let problems = Fixtures.problems(Fixtures.outcomeJSON(["stage": "行政复议", "result": "驳回诉讼请求"]))
        #expect(problems.first?.message.contains("不是 行政复议 阶段的结果") == true)
    }

    @Test func courtCannotGiveAReconsiderationResult() {
        #expect(fields(Fixtures.problems(Fixtures.outcomeJSON(["stage": "一审", "result": "维持"]))) == ["result"])
    }

    @Test func kindMustBeKnown() {
        #expect(fields(Fixtures.problems(Fixtures.caseJSON(["kind": "statute"]))) == ["kind"])
    }

    @Test func requiredTextMustNotBeBlank() {
        #expect(Fixtures.problems(Fixtures.caseJSON(["title": "  "])) == [RecordProblem(field: "title", message: "不能为空")])
    }

    @Test func outcomeEffectFollowsTheAnnualReportColumns() {
        #expect(Vocabulary.effect(ofResult: "驳回上诉维持原判") == .upheld)
        #expect(Vocabulary.effect(ofResult: "确认违法") == .corrected)
        #expect(Vocabulary.effect(ofResult: "驳回起诉") == .other)
    }
}
