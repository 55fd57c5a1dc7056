import CaseLibrary
import Foundation
import Testing

@Suite struct MojibakeDetectorTests {
    @Test func flagsTypicalGarbledLines() {
        let text = [
            "正常的一行。",
            "政府信息\u{FFFD}公开",
            "锟斤拷锟斤拷",
            "æ”¿åºœä¿¡æ¯å…¬å¼€",
            "Õþ¸®ÐÅÏ¢¹«¿ª",
            "ÃÂ©2021",
            "关于ǘ┘印发",
            "私用\u{E4C5}区",
            "㐀㐁㐂混在一起",
            "Müller 先生于 2021 年来信，“……”。××市公安局",
            "中国─上海合作组织",
            "乱┘码╗文",
        ].joined(separator: "\n")
        let findings = MojibakeDetector.scan(text)
        #expect(findings.map(\.line) == [2, 3, 4, 5, 6, 7, 8, 9, 12])
        #expect(findings.allSatisfy { !$0.reason.isEmpty })
    }
}

@Suite(.enabled(if: Corpus.isAvailable, Corpus.absentMessage))
struct MojibakeCorpusTests {
    @Test func raisesNoWarningsOnRealStatutes() throws {
        let files = Corpus.allFiles()
        // Every 17th file: about 200 files spread over all folders.
        let sample = stride(from: 0, to: files.count, by: 17).map { files[$0] }
        #expect(sample.count >= 190)
        var flagged: [String] = []
        for file in sample {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            flagged += MojibakeDetector.scan(text).map { "\(file):\($0)" }
        }
        #expect(flagged.isEmpty, "false positives: \(flagged.prefix(10))")
    }
}
