import CaseLibrary
import CaseServer
import Foundation
import Testing
import TestSupport

@Suite("API: GET /api/reports/{year} in-process")
struct ReportRouteTests {
    /// The test library with the generated register under `Cases/ledger/`.
    static func library(withRegister: Bool = true) throws -> TestLibrary {
        let library = try TestLibrary()
        if withRegister {
            let register = RegisterGenerator(seed: 5, perYear: 120)
            let imported = LedgerImport(files: [
                LedgerFile(bytes: register.applicationsCSV(years: 2021...2023, encoding: .gb18030), name: "a.csv"),
                LedgerFile(bytes: register.proceedingsCSV(years: 2021...2023, encoding: .utf8), name: "p.csv"),
            ])
            try LedgerFolder(root: library.service.folder.root).save(imported.ledger)
        }
        return library
    }

    @Test func servesTheTablesAsCSVHTMLAndJSON() throws {
        let library = try Self.library()
        let router = try library.router()
        let register = RegisterGenerator(seed: 5, perYear: 120)
        let csv3 = try router.call("/api/reports/2022?format=csv3")
        #expect(csv3.status == 200)
        #expect(csv3.contentType == "text/csv; charset=utf-8")
        let lines = String(csv3.text.dropFirst()).split(separator: "\r\n").map(String.init)
        #expect(lines.first == "项目,细项,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计")
        let expected = IndependentCount.table3(register, start: "2022-01-01", end: "2022-12-31")
        let total = try #require(expected["（七）总计|"])
        #expect(lines.contains("（七）总计,," + total.map(String.init).joined(separator: ",")))
        let csv4 = try router.call("/api/reports/2022?format=csv4&quarter=3")
        let expected4 = IndependentCount.table4(register, start: "2022-07-01", end: "2022-09-30")
        let direct = try #require(expected4["未经复议直接起诉"])
        #expect(csv4.text.contains("\r\n未经复议直接起诉," + direct.map(String.init).joined(separator: ",") + "\r\n"))
        let html = try router.call("/api/reports/2023")
        #expect(html.status == 200 && html.text.contains("四、政府信息公开行政复议、行政诉讼情况"))
        let json = try router.call("/api/reports/2023?quarter=4&format=json")
        #expect(json.json["title"] as? String == "2023年第四季度政府信息公开申请办理情况")
        #expect(json.json["passed"] as? Bool == true)
        #expect((json.json["table3"] as? [Any])?.count == 25)
    }

    @Test func answersBadParametersAndAMissingRegisterWithTheErrorShape() throws {
        let router = try Self.library(withRegister: false).router()
        #expect(try router.call("/api/reports/2023").status == 404)
        let withRegister = try Self.library().router()
        #expect(try withRegister.call("/api/reports/2023?quarter=5").status == 400)
        #expect(try withRegister.call("/api/reports/2023?format=pdf").status == 400)
        let bad = try withRegister.call("/api/reports/1800")
        #expect(bad.status == 400)
        #expect((bad.json["error"] as? [String: Any])?["code"] as? String == "invalid_parameter")
    }
}
