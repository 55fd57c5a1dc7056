import CaseLibrary
import Testing

@Suite struct TrainingDocumentImporterTests {
    @Test func importsAGB18030DocumentAsATrainingRecord() throws {
        let outcome = try TrainingDocumentImporter.importDocument(TextDecodingTests.gb18030Fixture, fileName: "2021 notice.txt")
        let record = try #require(outcome.record, "problems: \(outcome.problems)")
        #expect(record.kind == .training)
        #expect(record.id.hasPrefix("T-2021-notice"))
        #expect(record.title == "关于印发《政府信息公开工作规范》的通知")
        #expect(record.date == "2021-03-05")
        #expect(record.text("body")?.hasSuffix("第一条 测试€𠀀") == true, "traditional converted to simplified")
        #expect(outcome.encoding == .gb18030)
        #expect(outcome.warnings.contains { $0.message.contains("GB18030") })
    }

    @Test func repairsPinyinAndReportsGarbledLinesWithNumbers() throws {
        let text = "  \n關(guān)于印發(fā)培训材料\n\n\n\n二〇一九年五月十五日\n锟斤拷乱码行   \n"
        let outcome = try TrainingDocumentImporter.importDocument(Array(text.utf8), fileName: "培训.txt", title: nil)
        let record = try #require(outcome.record)
        #expect(record.title == "关于印发培训材料")
        #expect(record.date == "2019-05-15")
        #expect(record.text("body") == "关于印发培训材料\n\n二〇一九年五月十五日\n锟斤拷乱码行")
        #expect(outcome.warnings.contains { $0.line == 2 && $0.message.hasPrefix("已删除 2 处拼音注音") })
        #expect(outcome.warnings.contains { $0.line == 7 && $0.message.contains("锟斤拷") })
    }

    @Test func derivesSafeDistinctIDs() {
        let chinese = TrainingDocumentImporter.recordID(forFileName: "/tmp/关于印发培训材料.doc")
        #expect(chinese.hasPrefix("T-") && chinese.count == 10)
        #expect(chinese != TrainingDocumentImporter.recordID(forFileName: "关于印发培训资料.doc"))
        #expect(TrainingDocumentImporter.recordID(forFileName: "OGI_training-2021.v2.txt") == "T-OGI_training-2021.v2")
        let long = TrainingDocumentImporter.recordID(forFileName: String(repeating: "a", count: 100) + "材料.txt")
        #expect(long.count <= 64 && RecordDecoder.isValidID(long))
        for name in ["..txt", "材料 (1).docx", "a b/c d.txt"] {
            #expect(RecordDecoder.isValidID(TrainingDocumentImporter.recordID(forFileName: name)), "\(name)")
        }
    }

    @Test func usesTheGivenTitleAndRefusesBinary() throws {
        let outcome = try TrainingDocumentImporter.importDocument(Array("正文".utf8), fileName: "x.txt", title: "指定标题")
        #expect(outcome.record?.title == "指定标题")
        #expect(throws: TextDecodingError.self) {
            try TrainingDocumentImporter.importDocument([0x25, 0x50, 0x44, 0x46, 0x00, 0x01], fileName: "scan.pdf")
        }
    }
}
