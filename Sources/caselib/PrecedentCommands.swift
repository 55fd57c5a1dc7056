import CaseLibrary
import CaseServer
import CaseServices
import Foundation

/// `caselib precedents` and `caselib similar`.
enum PrecedentCommands {
    static func precedents(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(
            raw, valued: ["category", "response", "limit", "file", "report", "filter-category", "filter-response", "status", "regime",
                          "year", "unit", "date", "received", "corrected", "paused"],
            flags: ["json", "all", "extended"], command: "precedents")
        let text: String
        if let file = arguments.value("file") {
            guard let data = FileManager.default.contents(atPath: file) else { throw CaselibError("无法读取 \(file)：文件不存在或不可读") }
            guard let decoded = String(data: data, encoding: .utf8) else { throw CaselibError("\(file) 不是 UTF-8 文本") }
            text = decoded
        } else if arguments.positional == ["-"] {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else if !arguments.positional.isEmpty {
            text = arguments.positional.joined(separator: " ")
        } else {
            throw CommandLineArguments.UsageError(message: "precedents 需要申请内容：TEXT、--file F 或 -（标准输入）")
        }
        var request = PrecedentFinder.Request(text: text, category: arguments.value("category"), response: arguments.value("response"))
        request.limit = try arguments.integer("limit", default: 10, range: 1...100)
        request.includeHidden = arguments.flag("all")
        request.filters = try DeskOptions.filters(arguments)
        var desk = DeskRequest(precedents: request, date: arguments.value("date"))
        desk.deadline = try DeskOptions.deadline(arguments)
        let answer = try Caselib.session(arguments).desk(desk)
        if let report = arguments.value("report") {
            let url = URL(fileURLWithPath: report, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            try DeskReport.write(answer, to: url)
            FileHandle.standardError.write(Data("类案检索报告已写入 \(report)\n".utf8))
        }
        if arguments.flag("json") {
            print(JSONWriter.compact(DeskJSON.answer(answer)))
        } else if arguments.value("report") == nil {
            output(answer.precedents, json: false, answerDays: answer.answerDays)
            DeskOptions.printDesk(answer)
        }
        return 0
    }

    static func similar(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["limit"], flags: ["json", "all"], command: "similar")
        guard arguments.positional.count == 1, let id = arguments.positional.first else {
            throw CommandLineArguments.UsageError(message: "similar 需要且只接受一个记录 ID")
        }
        let results = try Caselib.session(arguments).similar(
            to: id, limit: try arguments.integer("limit", default: 10, range: 1...100), includeHidden: arguments.flag("all"))
        output(results, json: arguments.flag("json"))
        return 0
    }

    static func output(_ results: [PrecedentResult], json: Bool, answerDays: [String: Int] = [:]) {
        if json {
            print(JSONWriter.compact(PrecedentJSON.results(results)))
            return
        }
        if results.isEmpty { print("没有找到先例") }
        for (offset, result) in results.enumerated() {
            let record = result.record
            let flag = result.isCorrected ? "  ⚠【被纠正】" : ""
            print("\(offset + 1). [\(record.id)] \(record.title)  (\(TextRendering.score(result.score)))\(flag)")
            let facts = [record.year.map(String.init), record.unit, record.category, record.response, record.responseDetail]
            let days = answerDays[record.id].map { "  答复用时: \($0) 个工作日" } ?? ""
            print("   " + facts.compactMap { $0 }.joined(separator: " · ") + "  状态: \(result.history.status.label)" + days)
            for outcome in result.history.outcomes {
                print("   - \(outcome.date ?? "") \(outcome.stage ?? "") \(outcome.text("body") ?? "") \(outcome.result ?? "")")
            }
            if let passage = result.passages.first { print("   " + TextRendering.passage(passage.passage)) }
            let terms = (result.why.phrases.isEmpty ? result.why.terms.prefix(6).map(\.term) : result.why.phrases).joined(separator: "、")
            let boosts = result.why.boosts.map { DeskReport.boostName($0.name) + ($0.size >= 0 ? "（加权）" : "（降权）") }.joined(separator: "、")
            print("   匹配依据：\(terms)" + (boosts.isEmpty ? "" : "；\(boosts)"))
            if !result.why.elements.isEmpty {
                print("   要素：" + result.why.elements.map(\.description).joined(separator: "；"))
            }
        }
    }
}
