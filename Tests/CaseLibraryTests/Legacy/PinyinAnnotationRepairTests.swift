import CaseLibrary
import Foundation
import Testing

@Suite struct PinyinAnnotationRepairTests {
    @Test func stripsToneMarkedPinyinAfterCharacters() {
        let repaired = PinyinAnnotationRepair.repair("關(guān)于印發(fā)\n通知（tōng zhī）如下")
        #expect(repaired.text == "關于印發\n通知如下")
        #expect(repaired.removed.map(\.line) == [1, 1, 2])
        #expect(repaired.removed.first?.annotation == "(guān)")
        let simplified = repaired.text.applyingTransform(StringTransform("Traditional-Simplified"), reverse: false)
        #expect(simplified?.hasPrefix("关于印发") == true)
    }

    @Test func leavesOrdinaryParenthesesAlone() {
        let text = "第四条（一）办理事宜；(2021)第3号；《办法(试行)》；格式(PDF)；的(de)；word (guān) 后；（一)"
        #expect(PinyinAnnotationRepair.repair(text).text == text)
        #expect(PinyinAnnotationRepair.repair(text).removed.isEmpty)
    }
}
