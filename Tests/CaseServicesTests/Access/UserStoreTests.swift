import CaseLibrary
import CaseServices
import Foundation
import TestSupport
import Testing

@Suite("Users and tokens")
struct UserStoreTests {
    /// The published test vectors of FIPS 180-2 (and NIST's examples), for the hash tokens are stored as.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func tokenHashMatchesThePublishedVectors(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test func tokenHashMatchesTheMillionAVector() {
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func aTokenIsShownOnceStoredAsItsHashAndWorksUntilRevoked() throws {
        let directory = TemporaryDirectory("users")
        let url = directory.path("users.jsonl")
        var store = try UserStore.load(url)
        try store.add(name: "zhang", role: .member, unit: "徐汇分局")
        let token = try store.issueToken(for: "zhang")
        try store.save()
        #expect(token.count == 64, "32 random bytes in hex")
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(!file.contains(token), "the token itself is never stored")
        #expect(file.contains(SHA256.hex(Array(token.utf8))))
        let mode = (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)

        var reloaded = try UserStore.load(url)
        #expect(reloaded.authenticate(token)?.name == "zhang")
        #expect(reloaded.authenticate(String(token.dropLast()) + "0") == nil || token.hasSuffix("0"))
        #expect(reloaded.authenticate("") == nil)
        try reloaded.revokeTokens(of: "zhang")
        #expect(reloaded.authenticate(token) == nil)
        let second = try reloaded.issueToken(for: "zhang")
        #expect(second != token)
        try reloaded.disable("zhang")
        #expect(reloaded.authenticate(second) == nil, "a disabled user's tokens stop working")
    }

    @Test func namesUnitsAndDuplicatesAreChecked() throws {
        var store = try UserStore.load(TemporaryDirectory("users").path("u.jsonl"))
        #expect(throws: ServiceError.self) { try store.add(name: "张 三", role: .member, unit: "市局") }
        #expect(throws: ServiceError.self) { try store.add(name: "li", role: .member, unit: " ") }
        try store.add(name: "li", role: .reviewer, unit: "市局")
        #expect(throws: ServiceError.refused("用户 li 已存在")) { try store.add(name: "li", role: .member, unit: "市局") }
        #expect(throws: ServiceError.self) { _ = try store.issueToken(for: "nobody") }
    }

    @Test func aMalformedUsersFileIsAnErrorNamingTheFileAndLine() throws {
        let directory = TemporaryDirectory("users")
        let url = directory.path("users.jsonl")
        try Data("{\"name\": \"a\", \"role\": \"king\", \"unit\": \"市局\"}\n".utf8).write(to: url)
        do {
            _ = try UserStore.load(url)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains(url.path) && error.description.contains("第 1 行"), "\(error)")
        }
    }

    @Test func rolesCarryTheirRights() {
        #expect(Role.member.rights == [.read, .submit])
        #expect(Role.trainer.rights.contains(.buildCourses) && !Role.trainer.rights.contains(.export))
        #expect(Role.exporter.rights.contains(.export) && !Role.exporter.rights.contains(.readHidden))
        #expect(Role.reviewer.rights.isSuperset(of: Role.trainer.rights.union(Role.exporter.rights)))
        #expect(Role.reviewer.rights.contains(.review) && !Role.reviewer.rights.contains(.administer))
        #expect(Role.admin.rights == Set(Right.allCases))
    }
}
