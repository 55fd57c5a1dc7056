import CaseLibrary
import Testing

@Suite struct ChineseNumeralTests {
    @Test func parsesStatuteNumerals() {
        let cases: [(String, Int)] = [
            ("一", 1), ("十", 10), ("十五", 15), ("二十", 20), ("二十一", 21), ("一百", 100), ("一百一十", 110),
            ("一百二十三", 123), ("一千零一", 1001), ("一千零一十", 1010), ("两百", 200), ("两千零二十", 2020),
            ("九千九百九十九", 9999), ("三百零五", 305), ("二〇一九", 2019), ("一百五", 150),
        ]
        for (text, value) in cases { #expect(ChineseNumeral.parse(text) == value, "\(text)") }
    }

    @Test func rejectsMalformedNumerals() {
        for text in ["", "百", "十十", "一百千", "千百", "abc", "第一", "零零一二三", "一二三四五"] {
            #expect(ChineseNumeral.parse(text) == nil, "\(text)")
        }
    }

    @Test func formatsInStatuteStyle() {
        #expect(ChineseNumeral.format(123) == "一百二十三")
        #expect(ChineseNumeral.format(10) == "十")
        #expect(ChineseNumeral.format(15) == "十五")
        #expect(ChineseNumeral.format(110) == "一百一十")
        #expect(ChineseNumeral.format(1001) == "一千零一")
        #expect(ChineseNumeral.format(1010) == "一千零一十")
        #expect(ChineseNumeral.format(2000) == "二千")
        #expect(ChineseNumeral.format(10_000) == nil)
        #expect(ChineseNumeral.format(-1) == nil)
    }

    @Test func roundTripsOneThroughNineThousandNineHundredNinetyNine() {
        var failures: [Int] = []
        for value in 1...9999 {
            guard let text = ChineseNumeral.format(value), ChineseNumeral.parse(text) == value else {
                failures.append(value)
                continue
            }
        }
        #expect(failures.isEmpty, "values that do not round-trip: \(failures.prefix(20))")
    }
}
