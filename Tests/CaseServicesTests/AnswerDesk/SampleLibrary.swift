import CaseLibrary
import CaseServices
import Foundation
import TestSupport

/// The shipped sample library (`Cases/`: synthetic cases, outcomes, statutes, thesaurus, holiday
/// calendar) indexed once into a temporary folder for the answer-desk tests; each test opens its
/// own session over it.
enum SampleLibrary {
    static let directory = TemporaryDirectory("answer-desk")
    static let service: CaseLibraryService? = {
        let service = CaseLibraryService(casesRoot: ProjectPaths.root.appendingPathComponent("Cases"), indexRoot: directory.path("Index"))
        return (try? service.updateIndex()) != nil ? service : nil
    }()

    /// A member's session over the sample library.
    static func session() throws -> LibrarySession {
        guard let service else { throw ServiceError.failure("the sample library could not be indexed") }
        return try LibrarySession(library: service, viewer: .member, refreshInterval: 1000)
    }

    /// The three applications of the closing note, written from issue 11's text.
    static let victimsLawyer = "本所律师受张某委托，张某系被殴打的受害人，对方已被派出所处以行政拘留十日。现申请公开对加害人作出的行政拘留决定书，以便提起民事诉讼。"
    static let fireCompany = "我公司仓库上月发生火灾，造成较大损失，保险公司要求提供事故原因。现申请公开该起火灾的调查材料、现场勘验笔录和火灾事故认定书。"
    static let journalist = "本人系某报记者，为撰写报道，申请公开贵局近三年每年受理的治安案件数量、刑事案件总数及各派出所的破案率排名。"
}
