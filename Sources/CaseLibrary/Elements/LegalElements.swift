import Foundation

/// The legal elements (要素) that decide an OGI application, the way the courts' 类案检索 matches
/// cases by 案情要素: who asks, what is asked for, which procedure the information belongs to, the
/// legal ground, the line of police work. Read from the office-editable `Cases/elements.txt`:
///
/// ```
/// [申请人身份]
/// 被侵害人 = 被侵害人, 受害人, 被打伤
/// [程序 互斥]
/// 行政 = 行政处罚, 治安处罚, @category=治安管理类
/// ```
///
/// A `[维度]` line opens a dimension (`互斥`: a case with another element of the dimension
/// disagrees with the application; `权重=N`: the dimension's weight, 1 by default; `案例按标题` or
/// `案例按字段`: a case's elements of it come from its title or its structured fields only, not its
/// request); each following
/// line is one element and its everyday wordings. A wording `@field=value` matches a record's
/// structured field instead of its text (`applicant_type`, `applicant_subtype`, `category`,
/// `response`, `response_detail`). One line `否定说法 = 没有按, 并非, …` lists the cues that deny
/// the wording right after them (see `negations`), and one line `离合词 = 报警, 立案, …` the
/// two-character wordings a particle may split (see `separableWords`).
public struct LegalElements: Sendable {
    /// A dimension: a question every application answers one way or another.
    public struct Dimension: Sendable, Equatable {
        /// Its name (申请人身份, 信息类型, 程序, 法律依据, 业务领域).
        public let name: String
        /// Whether different elements of it disagree (行政 against 刑事).
        public let exclusive: Bool
        /// Its weight in element agreement.
        public let weight: Double
        /// Which text of a case its elements of this dimension are read from, besides its structured
        /// fields; an application's always come from its whole text.
        public let caseText: CaseText
        /// Its elements, in file order.
        public let elements: [Element]

        /// Makes a dimension.
        public init(name: String, exclusive: Bool = false, weight: Double = 1, caseText: CaseText = .titleAndRequest,
                    elements: [Element]) {
            self.name = name
            self.exclusive = exclusive
            self.weight = weight
            self.caseText = caseText
            self.elements = elements
        }
    }

    /// Which text of a case a dimension's elements are read from.
    public enum CaseText: String, Sendable, Equatable {
        /// The title and the request (who asks and why is told in the request).
        case titleAndRequest
        /// The title alone (`案例按标题`): it names what was asked for, while the request's story
        /// mentions many other things (a 户籍 request written at a 派出所). A title that names no
        /// element at all (张某诉某公安分局政府信息公开案) gives way to the title and request.
        case title
        /// No text (`案例按字段`): the structured fields alone (the ground a case was decided on is
        /// its `response_detail`, whatever its commentary discusses).
        case none
    }

    /// One element with the wordings that reveal it.
    public struct Element: Sendable, Equatable {
        /// Its name (被侵害人).
        public let name: String
        /// Normalised text wordings, matched as substrings of normalised text.
        public let wordings: [String]
        /// Structured cues: (field, value).
        public let fields: [FieldCue]

        /// Makes an element.
        public init(name: String, wordings: [String], fields: [FieldCue] = []) {
            self.name = name
            self.wordings = wordings
            self.fields = fields
        }
    }

    /// A structured cue: the record's `field` has `value`.
    public struct FieldCue: Sendable, Equatable {
        /// The record field.
        public let field: String
        /// The value it must have.
        public let value: String

        /// Makes a cue.
        public init(field: String, value: String) {
            self.field = field
            self.value = value
        }
    }

    /// A line of the file that could not be read, with its one-based line number.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// The one-based line number.
        public let line: Int
        /// What is wrong, in Chinese.
        public let message: String
        /// `第 N 行：message`.
        public var description: String { "第 \(line) 行：\(message)" }
    }

    /// The record fields a `@field=value` cue may name, with their allowed values.
    public static let cueFields: [String: [String]] = [
        "applicant_type": Vocabulary.applicantTypes,
        "applicant_subtype": ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
        "category": Vocabulary.categories,
        "response": Vocabulary.responses,
        "response_detail": Vocabulary.allResponseDetails,
    ]

    /// The dimensions, in file order.
    public let dimensions: [Dimension]
    /// Negation cues (`否定说法 = 没有按, 并非, …`, normalised, empty ones dropped): a wording right after one of them, in
    /// the same clause, is denied rather than stated (没有按刑事案件办理 is not a criminal matter,
    /// 并非本人 is not the person concerned) and does not reveal its element there.
    public let negations: [String]
    /// The verb-object words (离合词, `离合词 = 报警, 立案, …`, normalised) that a particle may split:
    /// such a wording also matches 报的警, 立了案, 罚过款. Only these: most words of two characters are
    /// not split this way, and inserting 的 or 了 into them meets ordinary phrases (辖区外的公安 is not
    /// 外公, 移交了警方 not 交警).
    public let separableWords: Set<String>

    /// No elements (ranking without them).
    public init() {
        dimensions = []
        negations = []
        separableWords = []
    }

    /// Elements of the given dimensions, with the negation cues that deny a wording and the
    /// verb-object words a particle may split.
    public init(dimensions: [Dimension], negations: [String] = [], separableWords: [String] = []) {
        self.dimensions = dimensions
        var cues: [String] = []
        for cue in negations.map(TextNormalizer.normalize) where !cue.isEmpty && !cues.contains(cue) { cues.append(cue) }
        self.negations = cues
        self.separableWords = Set(separableWords.map(TextNormalizer.normalize).filter { $0.count == 2 })
    }

    /// Whether there is nothing to match.
    public var isEmpty: Bool { dimensions.allSatisfy { $0.elements.isEmpty } }

    /// Looks a dimension up by name.
    public func dimension(_ name: String) -> Dimension? { dimensions.first { $0.name == name } }

    /// Loads an elements file; a missing file gives no elements and no problem.
    public static func load(_ url: URL) -> (elements: LegalElements, problems: [Problem]) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return (LegalElements(), []) }
        guard let text = String(data: data, encoding: .utf8) else {
            return (LegalElements(), [Problem(line: 0, message: "不是 UTF-8 文本")])
        }
        return parse(text)
    }
}
