import CaseLibrary
import CaseServices
import Foundation

/// `caselib statutes cases LAW ARTICLE [--all] [--json]`: which cases applied an article.
enum StatuteCasesCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: [], flags: ["json", "all"], command: "statutes cases")
        guard arguments.positional.count == 2 else {
            throw CommandLineArguments.UsageError(message: "statutes cases takes LAW and ARTICLE, e.g. 政府信息公开条例 第十五条")
        }
        let service = Caselib.service(arguments)
        guard CitationLinker.hasStatutes(libraryRoot: service.folder.root) else {
            throw CaselibError("no statutes in \(service.folder.root.path)/statutes: import some with ‘caselib statutes import’")
        }
        let linker = try CitationLinker.load(libraryRoot: service.folder.root)
        let answer: JSONValue
        do {
            answer = try CitationJSON.casesCiting(law: arguments.positional[0], article: arguments.positional[1],
                                                  in: service.folder.load().allRecords, linker: linker, includeHidden: arguments.flag("all"))
        } catch {
            throw CommandLineArguments.UsageError(message: "\(error)")
        }
        if arguments.flag("json") {
            print(JSONWriter.compact(answer))
            return 0
        }
        let law = answer["law"]?.stringValue ?? ""
        let article = answer["article"]?.stringValue ?? ""
        guard case let .array(cases)? = answer["cases"], !cases.isEmpty else {
            print("没有案例适用《\(law)》\(article)")
            return 0
        }
        print("适用《\(law)》\(article)的案例：\(cases.count) 件")
        for item in cases {
            let facts = ["year", "unit", "category", "response"].compactMap { key -> String? in
                item[key]?.stringValue ?? item[key]?.intValue.map(String.init)
            }
            print("[\(item["id"]?.stringValue ?? "")] \(item["title"]?.stringValue ?? "")  \(facts.joined(separator: " · "))")
        }
        return 0
    }
}
