import Foundation

extension LegalElements {
    /// Parses the elements file; bad lines are returned as problems (in Chinese) and skipped, the
    /// rest is used.
    public static func parse(_ text: String) -> (elements: LegalElements, problems: [Problem]) {
        var dimensions: [(header: Header, elements: [Element])] = []
        var problems: [Problem] = []
        var listed: [String: [String]] = [:]  // the items of the 否定说法 and 离合词 lines
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            let line = (raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? "")
                .trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("[") || line.hasPrefix("【") {
                switch dimensionHeader(line) {
                case let .success(header):
                    if dimensions.contains(where: { $0.header.name == header.name }) {
                        problems.append(Problem(line: number, message: "维度“\(header.name)”重复出现"))
                    } else {
                        dimensions.append((header, []))
                    }
                case let .failure(problem): problems.append(Problem(line: number, message: problem.message))
                }
                continue
            }
            if let (keyword, read) = [(negationKeyword, negationCues), (separableKeyword, separableWords)].first(where: { isKeywordLine(line, $0.0) }) {
                switch read(line) {
                case let .success(items):
                    if listed[keyword] != nil {
                        problems.append(Problem(line: number, message: "“\(keyword)”只能写一行"))
                    } else {
                        listed[keyword] = items
                    }
                case let .failure(problem): problems.append(Problem(line: number, message: problem.message))
                }
                continue
            }
            guard !dimensions.isEmpty else {
                problems.append(Problem(line: number, message: "要素必须写在某个维度（如 [申请人身份]）之下"))
                continue
            }
            switch element(line) {
            case let .success(element):
                if dimensions[dimensions.count - 1].elements.contains(where: { $0.name == element.name }) {
                    problems.append(Problem(line: number, message: "要素“\(element.name)”在维度“\(dimensions[dimensions.count - 1].header.name)”中重复"))
                } else {
                    dimensions[dimensions.count - 1].elements.append(element)
                }
            case let .failure(problem): problems.append(Problem(line: number, message: problem.message))
            }
        }
        let built = dimensions.map {
            Dimension(name: $0.header.name, exclusive: $0.header.exclusive, weight: $0.header.weight,
                      caseText: $0.header.caseText, elements: $0.elements)
        }
        let elements = LegalElements(dimensions: built, negations: listed[negationKeyword] ?? [], separableWords: listed[separableKeyword] ?? [])
        return (elements, problems)
    }

    /// The keyword of the line listing negation cues.
    public static let negationKeyword = "否定说法"

    /// The keyword of the line listing the verb-object words that may be split (离合词).
    public static let separableKeyword = "离合词"

    private static func isKeywordLine(_ line: String, _ keyword: String) -> Bool {
        guard line.hasPrefix(keyword) else { return false }
        return line.dropFirst(keyword.count).trimmingCharacters(in: .whitespaces).first.map { $0 == "=" || $0 == "＝" } ?? false
    }

    private static func separableWords(_ line: String) -> Result<[String], LineError> {
        let rest = line.drop { $0 != "=" && $0 != "＝" }.dropFirst()
        let items = rest.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" })
            .map { TextNormalizer.normalize($0.trimmingCharacters(in: .whitespaces)) }
        for item in items where item.count != 2 || !item.allSatisfy(Tokenizer.isHan) {
            return .failure(LineError(message: "“\(separableKeyword)”只列两个汉字的动宾词（如 报警, 立案），收到 ‘\(item)’"))
        }
        return .success(items)
    }

    private static func negationCues(_ line: String) -> Result<[String], LineError> {
        let rest = line.drop { $0 != "=" && $0 != "＝" }.dropFirst()
        let items = rest.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard !items.isEmpty, items.allSatisfy({ !$0.isEmpty }) else {
            return .failure(LineError(message: "“\(negationKeyword)”的列表有空项"))
        }
        guard !items.contains(where: { $0.contains("…") || $0.contains("...") || $0.contains("@") }) else {
            return .failure(LineError(message: "“\(negationKeyword)”只列否定词语（如 没有按, 并非），不可写 … 或 @字段"))
        }
        return .success(items)  // normalised and deduplicated by `LegalElements.init`
    }

    /// A wording as matched (see `occurs`): normalised, and for `又…申请` (or `又...申请`) each part on
    /// its own, since normalising folds … into dots; nil when a part is empty (`…申请`).
    public static func wording(_ item: String) -> String? {
        let parts = item.replacingOccurrences(of: "...", with: "…").split(separator: "…", omittingEmptySubsequences: false)
            .map { TextNormalizer.normalize($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        return parts.joined(separator: "…")
    }

    private struct LineError: Error { let message: String }

    private struct Header {
        let name: String
        var exclusive = false, weight = 1.0, caseText = CaseText.titleAndRequest
    }

    private static func dimensionHeader(_ line: String) -> Result<Header, LineError> {
        let closing: Character = line.hasPrefix("【") ? "】" : "]"
        guard line.last == closing else { return .failure(LineError(message: "维度行应写作 [维度名] 或 [维度名 互斥 案例按标题 权重=2]")) }
        let inside = line.dropFirst().dropLast()
        let words = inside.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        guard let name = words.first else { return .failure(LineError(message: "维度名为空")) }
        var header = Header(name: name)
        for word in words.dropFirst() {
            if word == "互斥" {
                header.exclusive = true
            } else if word == "案例按字段" {
                header.caseText = .none
            } else if word == "案例按标题" {
                header.caseText = .title
            } else if word.hasPrefix("权重=") || word.hasPrefix("权重＝") {
                guard let value = Double(word.dropFirst(3)), value > 0, value <= 10 else {
                    return .failure(LineError(message: "“\(word)”：权重应为 0 到 10 之间的数"))
                }
                header.weight = value
            } else {
                return .failure(LineError(message: "维度行中无法识别“\(word)”（只可写 互斥、案例按标题、案例按字段 或 权重=N）"))
            }
        }
        return .success(header)
    }

    private static func element(_ line: String) -> Result<Element, LineError> {
        let sides = line.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "=" || $0 == "＝" })
        guard sides.count >= 2 else { return .failure(LineError(message: "要素行应写作 要素名 = 说法, 说法, @字段=值")) }
        let name = sides[0].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return .failure(LineError(message: "要素名为空")) }
        // `@field=value` cues contain "=" themselves: everything after the first "=" is the list.
        let rest = sides.dropFirst().joined(separator: "=")
        let items = rest.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard !items.isEmpty, items.allSatisfy({ !$0.isEmpty }) else {
            return .failure(LineError(message: "要素“\(name)”的说法列表有空项"))
        }
        var wordings: [String] = []
        var cues: [FieldCue] = []
        for item in items {
            if item.hasPrefix("@") {
                let parts = item.dropFirst().split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, let allowed = cueFields[parts[0]] else {
                    let known = cueFields.keys.sorted().joined(separator: "、")
                    return .failure(LineError(message: "“\(item)”：字段线索应写作 @字段=值，字段为 \(known) 之一"))
                }
                guard allowed.contains(parts[1]) else {
                    return .failure(LineError(message: "“\(item)”：“\(parts[1])”不是 \(parts[0]) 的取值"))
                }
                cues.append(FieldCue(field: parts[0], value: parts[1]))
            } else {
                guard let normalised = wording(item) else {
                    return .failure(LineError(message: "“\(item)”：省略号两边都要有文字（如 又…申请）"))
                }
                if let problem = CountMarks.problem(in: normalised) {
                    return .failure(LineError(message: "“\(item)”：\(problem)"))
                }
                if !wordings.contains(normalised) { wordings.append(normalised) }
            }
        }
        return .success(Element(name: name, wordings: wordings, fields: cues))
    }
}
