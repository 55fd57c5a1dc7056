import CaseLibrary
import Foundation
import Testing

/// Reading register CSV files: header, encodings, and every line-level rule reported as
/// `FILE:LINE: column: message` with the line skipped and the rest kept.
struct LedgerFileTests {
    static let header = "编号,收到日期,申请人类型,申请人子类,承办单位,答复日期,答复结果,答复细项,延期,案例编号"

    func read(_ text: String, name: String = "apps.csv") -> LedgerFile { LedgerFile(bytes: Array(text.utf8), name: name) }

    @Test func readsApplicationsWithColumnsInAnyOrderAndSpreadsheetDates() {
        let file = read("承办单位,编号,收到日期,申请人类型,答复日期,答复结果,答复细项\r\n市局,2023-XH-0001,2023/3/5,自然人,2023年3月20日,不予公开,保护第三方合法权益\r\n")
        #expect(file.kind == .applications)
        #expect(file.issues.isEmpty)
        #expect(
            file.applications.map(\.value) == [
                LedgerApplication(
                    id: "2023-XH-0001", received: "2023-03-05", applicantType: "自然人", unit: "市局", answered: "2023-03-20", result: "不予公开",
                    detail: "保护第三方合法权益")
            ])
    }

    @Test func tellsProceedingsApartByTheHeader() {
        let file = read("申请编号,程序,立案日期,审结日期,结果\n2023-XH-0001,一审,2023-05-01,2023-08-01,驳回诉讼请求\n2023-XH-0001,二审,2023-08-10,,\n")
        #expect(file.kind == .proceedings)
        #expect(file.proceedings.map(\.value.stage) == ["一审", "二审"])
        #expect(file.proceedings.map(\.line) == [2, 3])
    }

    @Test func reportsEachBadLineWithFileLineAndColumnAndKeepsTheRest() {
        let lines = [
            Self.header,
            "2023-A-1,2023-01-05,自然人,,市局,2023-01-20,予以公开,,,",  // 2: good
            "2023-A-2,2023-02-30,自然人,,市局,,,,,",  // 3: no such day
            "2023-A-3,2023-03-01,自然人,,市局,2023-02-01,予以公开,,,",  // 4: answered before received
            "2023-A-4,2023-03-01,个人,,市局,,,,,",  // 5: unknown applicant type
            "2023-A-5,2023-03-01,自然人,商业企业,市局,,,,,",  // 6: subtype with 自然人
            "2023-A-6,2023-03-01,法人或其他组织,外资企业,市局,,,,,",  // 7: unknown subtype
            "2023-A-7,2023-03-01,自然人,,市局,2023-03-09,不予公开,,,",  // 8: detail missing
            "2023-A-8,2023-03-01,自然人,,市局,2023-03-09,无法提供,重复申请,,",  // 9: detail of another group
            "2023-A-9,2023-03-01,自然人,,市局,2023-03-09,,,,",  // 10: answered without result
            "2023-A-10,2023-03-01,自然人,,市局,,予以公开,,,",  // 11: result without date
            "2023-A-11,2023-03-01,自然人,,,,,,,",  // 12: unit missing
            "2023-A-12,2023-03-01,自然人,,市局,,,,可能,",  // 13: 延期 not 是
            "2023-A-13,2023-03-01,自然人,,市局,,,",  // 14: too few cells
            "2023-A-14,2023-03-01,自然人,,\"市局,,,,,,",  // 15: unclosed quote (runs to the end)
        ]
        let file = read(lines.joined(separator: "\n") + "\n")
        #expect(file.applications.map(\.value.id) == ["2023-A-1"])
        let printed = file.issues.map(\.description)
        #expect(printed.contains("apps.csv:3: 收到日期: 日期不存在：2023-02-30"))
        #expect(printed.contains("apps.csv:4: 答复日期: 答复日期 2023-02-01 早于收到日期 2023-03-01"))
        #expect(printed.contains { $0.hasPrefix("apps.csv:5: 申请人类型: ") })
        #expect(printed.contains("apps.csv:6: 申请人子类: 只有法人或其他组织才有子类"))
        #expect(printed.contains { $0.hasPrefix("apps.csv:7: 申请人子类: ") })
        #expect(printed.contains { $0.hasPrefix("apps.csv:8: 答复细项: 答复结果为“不予公开”时必须填写细项") })
        #expect(printed.contains { $0.hasPrefix("apps.csv:9: 答复细项: “重复申请”不是“无法提供”的细项") })
        #expect(printed.contains("apps.csv:10: 答复结果: 有答复日期就必须填写答复结果"))
        #expect(printed.contains("apps.csv:11: 答复日期: 有答复结果就必须填写答复日期"))
        #expect(printed.contains("apps.csv:12: 承办单位: 必填，不能为空"))
        #expect(printed.contains { $0.hasPrefix("apps.csv:13: 延期: ") })
        #expect(printed.contains("apps.csv:14: 列数: 本行有 8 个单元格，表头有 10 列"))
        #expect(printed.contains("apps.csv:15: 引号: 引号没有闭合"))
        #expect(Set(file.issues.map(\.line)) == Set(3...15))
    }

    @Test func checksProceedingLines() {
        let file = read(
            """
            申请编号,程序,立案日期,审结日期,结果
            2023-A-1,复核,2023-05-01,,
            2023-A-1,一审,2023-05-01,2023-04-01,驳回诉讼请求
            2023-A-1,行政复议,2023-05-01,2023-06-01,驳回诉讼请求
            2023-A-1,一审,2023-05-01,2023-06-01,
            2023-A-1,一审,2023-05-01,,驳回起诉
            ,一审,2023-05-01,,

            """, name: "p.csv")
        #expect(file.proceedings.isEmpty)
        #expect(file.issues.map { "\($0.line) \($0.column)" } == ["2 程序", "3 审结日期", "4 结果", "5 结果", "6 审结日期", "7 申请编号"])
        #expect(file.issues[1].message == "审结日期 2023-04-01 早于立案日期 2023-05-01")
    }

    @Test func refusesAnUnknownColumnOrAForeignHeader() {
        #expect(read("编号,收到日期,申请人类型,承办单位,备注\n").issues.map(\.description) == [
            "apps.csv:1: 备注: 未知的列（允许的列：编号、收到日期、申请人类型、申请人子类、承办单位、答复日期、答复结果、答复细项、延期、案例编号）"
        ])
        #expect(read("编号,收到日期,申请人类型\n").issues.map(\.description) == ["apps.csv:1: 承办单位: 缺少必需的列"])
        #expect(read("name,date\n").issues.first?.column == "表头")
    }

    @Test func readsGB18030AndRefusesWhatIsNeitherEncodingWithTheLine() throws {
        let text = Self.header + "\r\n2023-A-1,2023-01-05,法人或其他组织,社会公益组织,徐汇分局,2023-01-20,不予公开,危及“三安全一稳定”,是,\r\n"
        let gb = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        let file = LedgerFile(bytes: Array(gb), name: "gb.csv")
        #expect(file.encoding == .gb18030)
        #expect(file.applications.first?.value.detail == "危及“三安全一稳定”")
        #expect(file.applications.first?.value.extended == true)
        // Line 3 holds bytes that are neither UTF-8 nor GB18030 (0xFF is never valid in either).
        let bad = Array((Self.header + "\n2023-A-1,2023-01-05,自然人,,市局,,,,,\n").utf8) + [0x32, 0xFF, 0xFF, 0x2C, 0x0A]
        let refused = LedgerFile(bytes: bad, name: "bad.csv")
        #expect(refused.kind == nil && refused.applications.isEmpty)
        #expect(refused.issues.map(\.description) == ["bad.csv:3: 编码: 既不是 UTF-8 也不是 GB18030 编码（本行起无法识别），拒绝读取"])
        // A GB18030 file with one broken sequence on line 4 is refused at line 4, not at its first Chinese line.
        var broken = Array(try #require((Self.header + "\n2023-A-1,2023-01-05,自然人,,市局,,,,,\n2023-A-2,2023-01-05,自然人,,市局,,,,,\n").data(using: String.Encoding(rawValue: 0x8000_0632))))
        broken += [0x32, 0x2C, 0xB0, 0x2C, 0x0A]
        #expect(LedgerFile(bytes: broken, name: "gb.csv").issues.map(\.line) == [4])
        let utf16 = LedgerFile(bytes: [0xFF, 0xFE] + Array(Self.header.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, name: "u.csv")
        #expect(utf16.issues.first?.column == "编码")
    }

    @Test func quotedCellsMayHoldCommasQuotesAndLineBreaks() {
        let table = CSVTable(parsing: "a,b\n\"x,\"\"y\"\"\",\"two\nlines\"\nc,d\n")
        #expect(table.rows.map(\.fields) == [["a", "b"], ["x,\"y\"", "two\nlines"], ["c", "d"]])
        #expect(table.rows.map(\.line) == [1, 2, 4])
        #expect(CSVTable.quote("市局,法制支队") == "\"市局,法制支队\"")
    }
}
