import CaseIndex
import CaseLibrary
import CaseServices
import Foundation

/// `caselib search`.
enum SearchCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(
            raw, valued: ["kind", "category", "year", "response", "unit", "law", "limit", "offset"], flags: ["json", "all"],
            command: "search")
        guard !arguments.positional.isEmpty else { throw CommandLineArguments.UsageError(message: "search needs a QUERY") }
        var request = SearchRequest(query: arguments.positional.joined(separator: " "))
        for name in ["kind", "category", "response", "unit", "law"] where !arguments.values(name).isEmpty {
            request.filters[name] = arguments.values(name)
        }
        if let years = arguments.value("year") {
            do { request.years = try QueryLanguage.parseYears(years) } catch {
                throw CommandLineArguments.UsageError(message: "--year: \(error)")
            }
        }
        request.limit = try arguments.integer("limit", default: 10, range: 1...1000)
        request.offset = try arguments.integer("offset", default: 0, range: 0...1_000_000)
        request.includeHidden = arguments.flag("all")
        let service = Caselib.service(arguments)
        guard service.location.exists else {
            throw CaselibError("no index at \(service.location.root.path): run ‘caselib index’ first")
        }
        let reader = try IndexReader(location: service.location)
        let results = try reader.search(request)
        if arguments.flag("json") {
            print(JSONWriter.compact(SearchJSON.results(results, offset: request.offset, limit: request.limit)))
            return 0
        }
        printListing(results, request: request)
        return 0
    }

    static func printListing(_ results: SearchResults, request: SearchRequest) {
        if results.hits.isEmpty {
            print(results.total > 0 ? "共 \(results.total) 条，第 \(request.offset + 1) 条起没有更多结果 (offset past the end)"
                                    : "没有找到匹配的记录 (0 results)")
            return
        }
        print("共 \(results.total) 条，显示第 \(request.offset + 1)–\(request.offset + results.hits.count) 条")
        for (offset, hit) in results.hits.enumerated() {
            let facts = SearchJSON.summary(hit.item).compactMap { key, value -> String? in
                ["year", "category", "response", "unit", "law", "article"].contains(key) ? value.stringValue ?? value.intValue.map(String.init) : nil
            }
            print("\(request.offset + offset + 1). [\(hit.item.id)] \(hit.item.title)  (\(SearchJSON.format(hit.score)))")
            if !facts.isEmpty { print("   " + facts.joined(separator: " · ")) }
            print("   " + plainSnippet(hit.snippet))
        }
        for name in ["kind", "category", "year", "response"] {
            guard let counts = results.facets[name], !counts.isEmpty else { continue }
            print("\(name): " + counts.map { "\($0.value) \($0.count)" }.joined(separator: ", "))
        }
    }

    /// The snippet for a terminal: marks as 【】, entities decoded.
    static func plainSnippet(_ html: String) -> String {
        html.replacingOccurrences(of: "<mark>", with: "【").replacingOccurrences(of: "</mark>", with: "】")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
