/// One piece of personal data found in a text.
///
/// A finding never carries the raw value: only its kind, where it is in the scanned text and a
/// masked form that is safe to show.
public struct Finding: Sendable, Equatable {
    /// What kind of identifier was found.
    public let kind: PersonalDataKind
    /// Where the identifier is in the scanned text (indices of the original, un-normalised string).
    public let range: Range<String.Index>
    /// The identifier masked by `Redactor.mask`, safe to print.
    public let masked: String

    /// Makes a finding.
    public init(kind: PersonalDataKind, range: Range<String.Index>, masked: String) {
        self.kind = kind
        self.range = range
        self.masked = masked
    }
}

/// The kinds of personal identifiers the scanner recognises.
public enum PersonalDataKind: String, Sendable, Equatable, CaseIterable, Comparable {
    /// A resident identity card number (18 digits with check digit, or the 15-digit legacy form).
    case idNumber
    /// A mainland mobile number.
    case mobile
    /// A landline number with area code.
    case landline
    /// A bank card number (16–19 digits, Luhn-valid).
    case bankCard
    /// An e-mail address.
    case email
    /// A bank account number named as one (账号, 账户, 卡号 …), whatever its length or check digit.
    case bankAccount
    /// A passport, travel-permit or other certificate number (护照 E12345678, 港澳通行证 …).
    case certificate
    /// A vehicle licence plate (沪A12345, 沪A·D12345).
    case vehiclePlate
    /// An address down to the house number, building or room (福州路123弄4号502室).
    case address
    /// A person's full name where the text names a person (申请人王建国, 民警李强称).
    case personName

    /// A short Chinese label for reports.
    public var label: String {
        switch self {
        case .idNumber: return "身份证号码"
        case .mobile: return "手机号码"
        case .landline: return "固定电话"
        case .bankCard: return "银行卡号"
        case .email: return "电子邮箱"
        case .bankAccount: return "银行账号"
        case .certificate: return "证件号码"
        case .vehiclePlate: return "车牌号码"
        case .address: return "详细地址"
        case .personName: return "姓名"
        }
    }

    /// Orders kinds by declaration order.
    public static func < (lhs: PersonalDataKind, rhs: PersonalDataKind) -> Bool {
        let all = allCases
        return (all.firstIndex(of: lhs) ?? 0) < (all.firstIndex(of: rhs) ?? 0)
    }
}

/// Where a finding was made in a record: `record-id field: kind`, never the value itself.
public struct FieldFinding: Sendable, Equatable, Comparable, CustomStringConvertible {
    /// The id of the record containing the identifier.
    public let recordID: String
    /// The field, e.g. `request` or `legal_basis[1]`.
    public let field: String
    /// What kind of identifier it is.
    public let kind: PersonalDataKind

    /// Makes a located finding.
    public init(recordID: String, field: String, kind: PersonalDataKind) {
        self.recordID = recordID
        self.field = field
        self.kind = kind
    }

    /// `record-id field: kind`.
    public var description: String { "\(recordID) \(field): \(kind.rawValue)" }

    /// Orders by record id, field, then kind.
    public static func < (lhs: FieldFinding, rhs: FieldFinding) -> Bool {
        (lhs.recordID, lhs.field, lhs.kind.rawValue) < (rhs.recordID, rhs.field, rhs.kind.rawValue)
    }
}
