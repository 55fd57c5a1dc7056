import CaseLibrary
import Foundation
import TestSupport
import Testing

/// The register under `Cases/ledger/`: merging by key, cross-line rules, and the files on disk.
struct LedgerStoreTests {
    func application(_ id: String, received: String = "2023-03-01", answered: String? = nil) -> LedgerApplication {
        LedgerApplication(id: id, received: received, applicantType: "自然人", unit: "市局", answered: answered, result: answered == nil ? nil : "予以公开")
    }

    @Test func reImportingTheSameNumberReplacesTheLine() {
        var ledger = Ledger(applications: [application("A-1"), application("A-2")])
        let replaced = ledger.merge(applications: [application("A-1", answered: "2023-03-10")], proceedings: [])
        #expect(replaced.applications == 1)
        #expect(ledger.applications.count == 2)
        #expect(ledger.application("A-1")?.answered == "2023-03-10")
    }

    @Test func reportsDuplicatesAndUnknownApplicationsAcrossLines() {
        let apps = LedgerFile(bytes: Array("编号,收到日期,申请人类型,承办单位\nA-1,2023-01-01,自然人,市局\nA-1,2023-01-02,自然人,市局\n".utf8), name: "a.csv")
        let procs = LedgerFile(
            bytes: Array("申请编号,程序,立案日期\nA-1,一审,2023-05-01\nA-9,一审,2023-05-01\nA-1,一审,2023/5/1\n".utf8), name: "p.csv")
        let imported = LedgerImport(files: [apps, procs])
        #expect(imported.issues.map(\.description) == [
            "a.csv:3: 编号: 编号 A-1 重复（已见于 a.csv:2）",
            "p.csv:3: 申请编号: 登记中没有编号为 A-9 的申请",
            "p.csv:4: 立案日期: 同一申请的同一一审（立案日期 2023-05-01）重复（已见于 p.csv:2）",
        ])
        #expect(imported.ledger.applications.map(\.received) == ["2023-01-01"])
        #expect(imported.ledger.proceedings.count == 1)
    }

    @Test func storesOneFilePerYearAndKindAndReadsItBack() throws {
        let directory = TemporaryDirectory("ledger")
        let folder = LedgerFolder(root: directory.url)
        let ledger = Ledger(
            applications: [application("2022-A-9", received: "2022-12-30", answered: "2023-01-05"), application("2023-A-1")],
            proceedings: [LedgerProceeding(applicationID: "2022-A-9", stage: "行政复议", filed: "2023-02-01")])
        try folder.save(ledger)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.folder.path).sorted()
        #expect(names == ["applications-2022.csv", "applications-2023.csv", "proceedings-2022.csv"])
        let bytes = try [UInt8](Data(contentsOf: folder.folder.appendingPathComponent("applications-2022.csv")))
        #expect(bytes == Array("\u{FEFF}编号,收到日期,申请人类型,申请人子类,承办单位,答复日期,答复结果,答复细项,延期,案例编号\n2022-A-9,2022-12-30,自然人,,市局,2023-01-05,予以公开,,,\n".utf8))
        let loaded = folder.load()
        #expect(loaded.issues.isEmpty)
        #expect(loaded.ledger == ledger)
        // Moving an application to another year empties (and removes) its old file.
        var moved = ledger
        moved.merge(applications: [application("2022-A-9", received: "2023-01-02", answered: "2023-01-05")], proceedings: [])
        try folder.save(moved)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.folder.path).sorted() == ["applications-2023.csv", "proceedings-2023.csv"])
        #expect(folder.load().ledger == moved)
    }
}
