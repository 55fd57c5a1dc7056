import CaseLibrary
import Foundation

/// Small records for tests, built from JSON so every test states only what matters to it.
public enum Fixtures {
    /// A valid case; `overrides` replace or add fields (a `nil` JSON value removes one).
    public static func caseJSON(id: String = "2023-XH-0001", _ overrides: [String: Any?] = [:]) -> [String: Any] {
        var object: [String: Any] = [
            "id": id, "kind": "case", "title": "申请公开对第三人的行政处罚决定书案", "year": 2023, "unit": "徐汇分局",
            "received": "2023-03-01", "answered": "2023-03-20", "regime": "2019", "applicant_type": "自然人",
            "category": "行政处罚类", "request": "申请人张某申请公开派出所对其邻居作出的行政处罚决定书。",
            "response": "不予公开", "response_detail": "保护第三方合法权益",
            "legal_basis": ["《政府信息公开条例》第十五条"], "hard": true,
            "analysis": "涉及第三方个人信息，应当征求第三方意见。",
            "review": ["status": "reviewed", "reviewer": "法制支队审核员", "date": "2023-04-01", "secrecy_checked": true],
            "publishable": true,
        ]
        apply(overrides, to: &object)
        return object
    }

    /// A valid outcome of `caseID`.
    public static func outcomeJSON(id: String = "O-2023-001", caseID: String = "2023-XH-0001", _ overrides: [String: Any?] = [:]) -> [String: Any] {
        var object: [String: Any] = [
            "id": id, "kind": "outcome", "case": caseID, "stage": "行政复议", "body": "徐汇区人民政府",
            "number": "徐府复字〔2023〕第12号", "date": "2023-06-01", "result": "维持", "summary": "答复认定事实清楚，适用法律正确，予以维持。",
        ]
        apply(overrides, to: &object)
        return object
    }

    /// A valid training record.
    public static func trainingJSON(id: String = "T-2023-01", _ overrides: [String: Any?] = [:]) -> [String: Any] {
        var object: [String: Any] = [
            "id": id, "kind": "training", "title": "第三方意见征求程序", "date": "2023-05-01", "author": "法制支队",
            "audience": "业务骨干", "topics": ["第三方意见"], "body": "依照《政府信息公开条例》第三十二条，应当书面征求第三方意见。",
        ]
        apply(overrides, to: &object)
        return object
    }

    private static func apply(_ overrides: [String: Any?], to object: inout [String: Any]) {
        for (key, value) in overrides {
            if let value { object[key] = value } else { object.removeValue(forKey: key) }
        }
    }

    /// One JSON line for an object.
    public static func line(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
            let text = String(data: data, encoding: .utf8)
        else { return "{}" }
        return text
    }

    /// A decoded record, or nil when the JSON is invalid.
    public static func record(_ object: [String: Any]) -> Record? {
        guard let value = try? JSONParser.parse(line(object)) else { return nil }
        return RecordDecoder.decode(value).record
    }

    /// The problems the decoder finds in an object.
    public static func problems(_ object: [String: Any]) -> [RecordProblem] {
        guard let value = try? JSONParser.parse(line(object)) else { return [RecordProblem(field: nil, message: "bad JSON")] }
        return RecordDecoder.decode(value).problems
    }
}
