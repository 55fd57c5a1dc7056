import CaseLibrary
import CaseServer
import CaseServices
import Foundation

/// `caselib search`.
enum SearchCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(
            raw, valued: ["kind", "category", "year", "response", "unit", "law", "limit", "offset"], flags: ["json", "all"],
            command: "search")
        guard !arguments.positional.isEmpty else { throw CommandLineArguments.UsageError(message: "search 需要检索式 QUERY") }
        var query = SearchQuery(text: arguments.positional.joined(separator: " "))
        for name in ["kind", "category", "response", "unit", "law"] where !arguments.values(name).isEmpty {
            query.filters[name] = arguments.values(name)
        }
        if let years = arguments.value("year") {
            do { query.years = try SearchQuery.years(years) } catch {
                throw CommandLineArguments.UsageError(message: "--year: \(error)")
            }
        }
        query.limit = try arguments.integer("limit", default: 10, range: 1...1000)
        query.offset = try arguments.integer("offset", default: 0, range: 0...1_000_000)
        query.includeHidden = arguments.flag("all")
        let page = try Caselib.session(arguments).search(query)
        if arguments.flag("json") {
            print(JSONWriter.compact(SearchJSON.page(page)))
            return 0
        }
        printListing(page)
        return 0
    }

    static func printListing(_ page: SearchPage) {
        if page.entries.isEmpty {
            print(page.total > 0 ? "共 \(page.total) 条，第 \(page.offset + 1) 条起没有更多结果" : "没有找到匹配的记录")
            return
        }
        print("共 \(page.total) 条，显示第 \(page.offset + 1)–\(page.offset + page.entries.count) 条")
        for (offset, entry) in page.entries.enumerated() {
            let summary = entry.summary
            let record = summary.record
            let facts = [record?.year.map(String.init), record?.category, record?.response, record?.unit,
                         summary.statuteField("law"), summary.statuteField("article"), summary.status.map { "状态: \($0.label)" }].compactMap { $0 }
            let flag = summary.status == .corrected ? "  ⚠【被纠正】" : ""
            print("\(page.offset + offset + 1). [\(summary.id)] \(summary.title)  (\(TextRendering.score(entry.score)))\(flag)")
            if !facts.isEmpty { print("   " + facts.joined(separator: " · ")) }
            if !entry.exact.isEmpty { print("   精确匹配：" + entry.exact.joined(separator: "；")) }
            if !entry.thesaurus.isEmpty { print("   同义词表：" + entry.thesaurus.prefix(3).joined(separator: "；")) }
            print("   " + TextRendering.passage(entry.passage))
        }
        let names = ["kind": "类型", "category": "类别", "year": "年份", "response": "答复"]
        for facet in page.facets where names[facet.name] != nil && !facet.counts.isEmpty {
            print("\(names[facet.name] ?? facet.name)：" + facet.counts.map { "\($0.value) \($0.count)" }.joined(separator: "，"))
        }
    }
}
