import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Query language against a real index: phrases, exclusions, filters, parse errors")
struct QueryLanguageSearchTests {
    private static func library() throws -> TestLibrary {
        let library = try TestLibrary([
            searchCase("Q-PHRASE", title: "申请查阅户籍档案案", year: 2019, category: "户籍类"),
            searchCase("Q-APART", title: "申请查阅户籍迁移的历史档案案", year: 2020, category: "历史信息类"),
            searchCase("Q-HIST", title: "申请查阅解放前的历史档案案", year: 2021, category: "历史信息类"),
            searchCase("Q-2023", title: "申请查阅单位档案案", year: 2023, category: "其他"),
            searchCase("Q-2024", title: "申请查阅人事档案案", year: 2024, category: "历史信息类"),
        ])
        try library.index()
        return library
    }

    @Test func quotedPhraseMustMatchAsAPhrase() throws {
        let library = try Self.library()
        #expect(Set(try library.ids("户籍档案")).isSuperset(of: ["Q-PHRASE", "Q-APART"]))
        #expect(try library.ids("\"户籍档案\"") == ["Q-PHRASE"])
    }

    @Test func chineseQuotationMarksQuoteAPhrase() throws {
        let library = try Self.library()
        #expect(try library.ids("“户籍档案”") == ["Q-PHRASE"])
        #expect(try library.ids("「户籍档案」") == ["Q-PHRASE"])
    }

    @Test func minusExcludesAWordOrAPhrase() throws {
        let library = try Self.library()
        let ids = try library.ids("档案 -户籍")
        #expect(Set(ids) == ["Q-HIST", "Q-2023", "Q-2024"])
        #expect(!(try library.ids("档案 -\"户籍档案\"")).contains("Q-PHRASE"))
        #expect(try library.ids("档案 -\"户籍档案\"").contains("Q-APART"))
    }

    @Test func categoryFilterKeepsOnlyThatCategory() throws {
        let library = try Self.library()
        #expect(Set(try library.ids("档案 category:历史信息类")) == ["Q-APART", "Q-HIST", "Q-2024"])
        #expect(Set(try library.ids("category:历史信息类")) == ["Q-APART", "Q-HIST", "Q-2024"])
    }

    @Test func aPastedAddressIsTextNotAFilter() throws {
        let parsed = try QueryLanguage.parse("见 http://example.gov.cn/a 公告")
        #expect(parsed.filters.isEmpty)
        #expect(parsed.words.contains("http://example.gov.cn/a"))
        #expect(throws: IndexError.self) { try QueryLanguage.parse("catgory:户籍类") }
    }

    @Test func fullWidthColonWorksInFilters() throws {
        #expect(Set(try Self.library().ids("档案 category：历史信息类")) == ["Q-APART", "Q-HIST", "Q-2024"])
    }

    @Test func twoValuesOfOneFilterAreAlternatives() throws {
        #expect(Set(try Self.library().ids("档案 category:户籍类 category:其他")) == ["Q-PHRASE", "Q-2023"])
    }

    @Test func yearRangeAndSingleYearFilter() throws {
        let library = try Self.library()
        #expect(Set(try library.ids("档案 year:2019..2023")) == ["Q-PHRASE", "Q-APART", "Q-HIST", "Q-2023"])
        #expect(try library.ids("档案 year:2020") == ["Q-APART"])
        #expect(Set(try library.ids("档案 year:2023..")) == ["Q-2023", "Q-2024"])
        #expect(try library.ids("year:..2019") == ["Q-PHRASE"])
        #expect(try library.ids("档案 year:２０２０") == ["Q-APART"])
    }

    @Test(arguments: ["😀", "★※", "\"!!!\"", "\"😀\" 档案", "👨‍👩‍👧 🇨🇳"])
    func textWithNothingSearchableMatchesNothing(_ query: String) throws {
        let results = try Self.library().search(query)
        #expect(results.total == 0, "‘\(query)’ matched \(results.hits.map(\.item.id))")
        #expect(results.hits.isEmpty)
    }

    @Test func emptyOrPunctuationOnlyQueryStillBrowsesEverything() throws {
        let library = try Self.library()
        #expect(try library.search("").total == 5)
        #expect(try library.search("。，").total == 5)
        #expect(try library.search("-😀").total == 5, "excluding something unsearchable excludes nothing")
    }

    @Test func quotedFilterValueMayHoldSpaces() throws {
        let parsed = try QueryLanguage.parse("档案 unit:\"徐汇 分局\" 户籍")
        #expect(parsed.filters["unit"] == ["徐汇 分局"])
        #expect(parsed.words == ["档案", "户籍"])
    }

    @Test(arguments: [
        ("\"户籍档案", "引号未闭合"), ("“户籍档案", "引号未闭合"), ("foo:bar", "未知字段"),
        ("year:20x0", "年份应写作"), ("year:2023..2019", "起止颠倒"), ("-", "后面应紧跟"),
        ("档案 - 户籍", "后面应紧跟"), ("category:", "后面需要填写值"), ("\"\"", "引号中没有内容"),
        ("-category:户籍类", "不能取反"), ("year:2019 year:2021", "没有交集"),
    ])
    func badQueryGivesAQueryParseErrorWithAHelpfulMessage(_ query: String, _ hint: String) throws {
        let library = try Self.library()
        do {
            _ = try library.search(query)
            Issue.record("‘\(query)’ should not parse")
        } catch let error as IndexError {
            #expect(error.code == .queryParse)
            #expect(error.message.contains(hint), "message was ‘\(error.message)’")
        }
    }

    @Test func unknownFieldMessageListsTheKnownFields() throws {
        #expect(throws: IndexError.self) { try QueryLanguage.parse("foo:bar") }
        do { _ = try QueryLanguage.parse("foo:bar") } catch let error as IndexError {
            #expect(error.message.contains("category"))
            #expect(error.message.contains("year"))
        }
    }

    @Test func generatedGarbageQueriesNeverCrash() throws {
        let library = try Self.library()
        let reader = try library.reader()
        var generator = SeededGenerator(seed: 20261201)
        let pieces: [String] = [
            "\"", "“", "”", "「", "」", "『", "＂", "-", "－", "--", ":", "：", "category:", "year:", "year:..", "..", "~",
            "foo:", "户籍", "档案", "政府信息公開", "ＡＢＣ", "abc", " ", "\t", "\n", "\u{0}", "\u{7}", "\u{1B}[31m",
            "😀", "👨‍👩‍👧", "🇨🇳", "\u{301}", "\u{200D}", "\u{202E}", "\u{FEFF}", "\u{FFFF}", "\u{10FFFF}", "\u{E000}",
            "ﬁ", "㎏", "①", "Ⅻ", "𠀀", "\\", "*", "(", ")", "AND", "OR", "NOT", "NEAR", "%", "&", "<mark>",
            String(repeating: "x", count: 300), String(repeating: "档", count: 200), "year:0000..9999", "year:2019-2023",
        ]
        var outcomes = (ok: 0, parseErrors: 0)
        for _ in 0..<400 {
            let count = Int.random(in: 1...8, using: &generator)
            let query = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            do {
                var request = SearchRequest(query: query, limit: 5)
                request.includeHidden = Bool.random(using: &generator)
                _ = try reader.search(request)
                outcomes.ok += 1
            } catch let error as IndexError where error.code == .queryParse {
                #expect(!error.message.isEmpty)
                outcomes.parseErrors += 1
            } catch {
                Issue.record("‘\(query.debugDescription)’ failed with \(error), not a parse error")
            }
        }
        #expect(outcomes.ok > 0 && outcomes.parseErrors > 0, "the generator should exercise both paths: \(outcomes)")
    }
}

