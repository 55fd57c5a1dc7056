import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import TestSupport

/// A small library with an index in a temporary folder, for precedent tests.
final class PrecedentTestLibrary {
    let directory = TemporaryDirectory("precedents")
    let service: CaseLibraryService

    init(_ objects: [[String: Any]]) throws {
        service = CaseLibraryService(casesRoot: directory.path("Cases"), indexRoot: directory.path("Index"))
        for object in objects {
            guard let record = Fixtures.record(object) else { throw ServiceError.badInput("fixture does not decode: \(object)") }
            try service.folder.write(record)
        }
        _ = try service.updateIndex()
    }

    /// A finder over the index; `includeHidden` opens the hidden partition too (a reviewer's reader).
    func finder(_ weights: PrecedentWeights = PrecedentWeights(), thesaurus: Thesaurus = Thesaurus(),
                includeHidden: Bool = false) throws -> PrecedentFinder {
        PrecedentFinder(reader: try IndexReader(location: service.location, includeHidden: includeHidden), weights: weights, thesaurus: thesaurus)
    }

    /// A case about a third party's penalty decision; `overrides` make the variants.
    static func penaltyCase(_ id: String, year: Int = 2022, _ overrides: [String: Any?] = [:]) -> [String: Any] {
        var fields: [String: Any?] = [
            "year": year, "received": "\(year)-03-01", "answered": "\(year)-03-20", "regime": "2019",
            "title": "被侵害人申请公开对邻居的行政处罚决定书案",
            "request": "申请人张某与邻居发生纠纷被打伤，派出所对邻居作出行政拘留的处罚决定，张某申请公开该处罚决定书用于民事诉讼。",
            "analysis": "被侵害人有权获得处罚决定书，不应以第三方个人信息为由拒绝。", "hard": true,
        ]
        for (key, value) in overrides { fields[key] = value }
        return Fixtures.caseJSON(id: id, fields)
    }
}

/// The application text most fixtures answer.
let penaltyApplication = "王某被邻居打伤，派出所把邻居行政拘留了，王某要那份处罚决定书去法院起诉邻居赔偿，邻居反对公开。"
