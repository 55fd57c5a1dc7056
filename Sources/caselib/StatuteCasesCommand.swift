import CaseLibrary
import CaseServer
import CaseServices
import Foundation

/// `caselib statutes cases LAW ARTICLE [--all] [--json]`: which cases applied an article.
enum StatuteCasesCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: [], flags: ["json", "all"], command: "statutes cases")
        guard arguments.positional.count == 2 else {
            throw CommandLineArguments.UsageError(message: "statutes cases 需要法规名 LAW 和条文 ARTICLE，例如：政府信息公开条例 第十五条")
        }
        let citing: CitingCases
        do {
            citing = try Caselib.session(arguments).casesCiting(law: arguments.positional[0], article: arguments.positional[1],
                                                                includeHidden: arguments.flag("all"))
        } catch ServiceError.badInput(let message) {
            throw CommandLineArguments.UsageError(message: message)
        }
        if arguments.flag("json") {
            print(JSONWriter.compact(CitationJSON.citing(citing)))
            return 0
        }
        guard !citing.cases.isEmpty else {
            print("没有案例适用《\(citing.law)》\(citing.article)")
            return 0
        }
        print("适用《\(citing.law)》\(citing.article)的案例：\(citing.cases.count) 件")
        for record in citing.cases {
            let facts = [record.year.map(String.init), record.unit, record.category, record.response].compactMap { $0 }
            print("[\(record.id)] \(record.title)  \(facts.joined(separator: " · "))")
        }
        return 0
    }
}
