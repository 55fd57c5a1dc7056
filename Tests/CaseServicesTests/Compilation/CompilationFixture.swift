import CaseLibrary
import Foundation
import Testing

@testable import CaseServices

/// Small, hand-countable records for compilation tests, decoded through the real `RecordDecoder`.
enum CompilationFixture {
    static let office = "某市公安局政府信息公开办公室"

    struct CaseSpec {
        var id: String
        var year = 2023
        var category = "户籍类"
        var applicant = "自然人"
        var response = "予以公开"
        var detail: String?
        var status = "reviewed"
        var secrecy = true
        var publishable = true
        var scope: String?
        var received: String?
        var title: String?
        var request = "申请人申请公开有关政府信息。"
        var note: String?
        var legal: [String] = []
        var analysis: String?
        var tags: [String] = []
    }

    /// Decodes one record, failing the test with the decoder's problems if it is invalid.
    static func record(_ members: [(String, JSONValue)]) throws -> Record {
        let outcome = RecordDecoder.decode(.object(members))
        return try #require(outcome.record, "fixture invalid: \(outcome.problems)")
    }

    static func makeCase(_ spec: CaseSpec) throws -> Record {
        var members: [(String, JSONValue)] = [
            ("id", .string(spec.id)), ("kind", .string("case")), ("title", .string(spec.title ?? "申请公开\(spec.id)相关信息案")),
            ("year", .number(String(spec.year))), ("unit", .string("徐汇分局")), ("applicant_type", .string(spec.applicant)),
            ("category", .string(spec.category)), ("request", .string(spec.request)), ("response", .string(spec.response)),
        ]
        if let detail = spec.detail { members.append(("response_detail", .string(detail))) }
        if let received = spec.received { members.append(("received", .string(received))) }
        if let note = spec.note { members.append(("response_note", .string(note))) }
        if !spec.legal.isEmpty { members.append(("legal_basis", .array(spec.legal.map { .string($0) }))) }
        if let analysis = spec.analysis { members.append(("analysis", .string(analysis))) }
        if !spec.tags.isEmpty { members.append(("tags", .array(spec.tags.map { .string($0) }))) }
        members.append(("review", .object([("status", .string(spec.status)), ("secrecy_checked", .bool(spec.secrecy))])))
        members.append(("publishable", .bool(spec.publishable)))
        if let scope = spec.scope { members.append(("scope", .string(scope))) }
        return try record(members)
    }

    static func makeOutcome(_ id: String, case caseID: String, stage: String, result: String, date: String, body: String = "某市人民政府",
                            number: String? = nil, summary: String = "经审查，依法作出决定。") throws -> Record {
        var members: [(String, JSONValue)] = [
            ("id", .string(id)), ("kind", .string("outcome")), ("case", .string(caseID)), ("stage", .string(stage)),
            ("body", .string(body)), ("date", .string(date)), ("result", .string(result)), ("summary", .string(summary)),
        ]
        if let number { members.append(("number", .string(number))) }
        return try record(members)
    }

    /// Ten cases of 2023 (five publishable), two of 2022, one of 2024, outcomes and a training record.
    /// The expected figures are counted by hand in `CompilationStatisticsTests`.
    static func cases2023(overrides: (inout [CaseSpec]) -> Void = { _ in }) throws -> [Record] {
        var specs: [CaseSpec] = [
            CaseSpec(id: "c01", category: "户籍类", received: "2023-01-10"),
            CaseSpec(id: "c02", category: "行政处罚类", applicant: "法人或其他组织", response: "部分公开", received: "2023-03-01",
                     legal: ["《中华人民共和国行政处罚法》第四十八条", "《政府信息公开条例》第三十七条"]),
            CaseSpec(id: "c03", category: "行政处罚类", response: "不予公开", detail: "保护第三方合法权益", received: "2023-02-01",
                     legal: ["《政府信息公开条例》第三十六条第（三）项", "《政府信息公开条例》第十五条"], analysis: "涉及第三方个人信息。"),
            CaseSpec(id: "c04", response: "不予公开", detail: "属于行政执法案卷", status: "draft", secrecy: false, publishable: false),
            CaseSpec(id: "c05", applicant: "法人或其他组织", response: "无法提供", detail: "本机关不掌握相关政府信息", status: "rejected",
                     secrecy: false, publishable: false),
            CaseSpec(id: "c06", response: "不予处理", detail: "信访举报投诉类申请", secrecy: false, publishable: true),
            CaseSpec(id: "c07", response: "其他处理", detail: "申请人逾期不补正", publishable: false),
            CaseSpec(id: "c08", scope: "restricted"),
            CaseSpec(id: "c09", category: "交通管理类", applicant: "法人或其他组织", response: "无法提供", detail: "没有现成信息需要另行制作",
                     legal: ["《政府信息公开条例》第三十八条"]),
            CaseSpec(id: "c10", category: "治安管理类", response: "不予公开", detail: "保护第三方合法权益", received: "2023-06-01",
                     legal: ["《政府信息公开条例》第十五条"]),
            CaseSpec(id: "p01", year: 2022),
            CaseSpec(id: "p02", year: 2022, applicant: "法人或其他组织", response: "不予公开", detail: "属于国家秘密"),
            CaseSpec(id: "n01", year: 2024, response: "部分公开"),
        ]
        overrides(&specs)
        var records = try specs.map(makeCase)
        records += [
            try makeOutcome("o1", case: "c03", stage: "行政复议", result: "撤销", date: "2023-05-01", number: "沪府复字〔2023〕第88号"),
            try makeOutcome("o2", case: "c03", stage: "一审", result: "驳回诉讼请求", date: "2023-08-01", body: "某区人民法院"),
            try makeOutcome("o3", case: "c10", stage: "行政复议", result: "维持", date: "2023-07-01"),
            try makeOutcome("o4", case: "c10", stage: "一审", result: "驳回诉讼请求", date: "2023-09-01", body: "某区人民法院"),
            try makeOutcome("o5", case: "c10", stage: "二审", result: "发回重审", date: "2023-12-01", body: "某市中级人民法院"),
            try makeOutcome("o6", case: "c06", stage: "行政复议", result: "驳回复议申请", date: "2023-04-01"),
            try makeOutcome("o7", case: "c02", stage: "一审", result: "确认违法", date: "2023-10-01", body: "某区人民法院",
                            number: "（2023）沪0104行初123号"),
            try makeOutcome("o8", case: "c05", stage: "二审", result: "驳回上诉维持原判", date: "2023-11-01", body: "某市中级人民法院"),
            try makeOutcome("q1", case: "p01", stage: "行政复议", result: "撤销", date: "2022-06-01"),
            try makeOutcome("q2", case: "p02", stage: "一审", result: "驳回诉讼请求", date: "2022-09-01"),
            try makeOutcome("r1", case: "n01", stage: "行政复议", result: "撤销", date: "2024-06-01"),
            try record([("id", .string("t1")), ("kind", .string("training")), ("title", .string("培训材料")), ("body", .string("正文"))]),
        ]
        return records
    }

    static func build(_ records: [Record], year: Int = 2023, redact: Bool = false) throws -> Compilation {
        try CompilationBuilder().build(
            records: records, year: year, options: CompilationOptions(issuingOffice: office, redact: redact, generatedOn: "2024-03-01"))
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("compile-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The package root, found from this file's path.
    static func packageRoot(_ file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}
