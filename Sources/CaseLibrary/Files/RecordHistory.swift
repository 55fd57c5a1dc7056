import Foundation

/// Who did what to a record, when: `Cases/history/<id>.jsonl`, one JSON line per event, kept in git
/// beside the records (谁公开、谁审查、谁负责). The interchange format has no place for it, so it
/// lives beside the record rather than in it; a record without a history file was imported or
/// edited by hand.
public struct RecordHistory: Sendable, Equatable {
    /// What happened.
    public enum Action: String, Sendable, CaseIterable {
        /// Added through the service.
        case create
        /// Replaced through the service.
        case update
        /// Sent for review.
        case submit
        /// Approved by a reviewer (secrecy checked).
        case approve
        /// Refused by a reviewer, with a reason.
        case reject
        /// Deleted by an administrator.
        case delete
    }

    /// One event.
    public struct Event: Sendable, Equatable {
        /// When (UTC, ISO 8601).
        public let time: String
        /// The user's name.
        public let user: String
        /// What was done.
        public let action: Action
        /// A reviewer's reason (for a rejection).
        public let reason: String?

        /// Makes an event.
        public init(time: String, user: String, action: Action, reason: String? = nil) {
            self.time = time
            self.user = user
            self.action = action
            self.reason = reason
        }
    }

    /// The events, oldest first.
    public let events: [Event]

    /// Makes a history.
    public init(events: [Event]) { self.events = events }

    /// Who added the record through the service.
    public var creator: String? { events.first { $0.action == .create }?.user }
    /// Who last created or changed the record.
    public var lastEditor: String? { events.last { $0.action == .create || $0.action == .update }?.user }
    /// The last review decision or submission, if any.
    public var lastReviewAction: Action? {
        events.last { [.submit, .approve, .reject, .update, .create].contains($0.action) }?.action
    }

    /// Whether an outcome added through the service still waits for approval: it was created or
    /// changed and no approval followed. An outcome with no history (imported) is not pending.
    public var isPendingApproval: Bool {
        guard let last = events.last(where: { $0.action != .delete }) else { return false }
        return last.action != .approve
    }

    /// The file of record `id`'s history, relative to the library root.
    public static func relativePath(id: String) -> String { "\(LibraryFiles.historyFolder)/\(id).jsonl" }

    /// Reads record `id`'s history (empty when there is none).
    public static func read(id: String, root: URL) -> RecordHistory {
        let url = root.appendingPathComponent(relativePath(id: id))
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return RecordHistory(events: []) }
        let events = text.split(separator: "\n").compactMap { line -> Event? in
            guard let value = try? JSONParser.parse(String(line)), let time = value["time"]?.stringValue,
                let user = value["user"]?.stringValue, let action = value["action"]?.stringValue.flatMap(Action.init(rawValue:))
            else { return nil }
            return Event(time: time, user: user, action: action, reason: value["reason"]?.stringValue)
        }
        return RecordHistory(events: events)
    }

    /// Appends an event to record `id`'s history (the file is rewritten atomically).
    public static func append(_ event: Event, id: String, root: URL) throws {
        let url = root.appendingPathComponent(relativePath(id: id))
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var members: [(String, JSONValue)] = [("time", .string(event.time)), ("user", .string(event.user)), ("action", .string(event.action.rawValue))]
        if let reason = event.reason { members.append(("reason", .string(reason))) }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(existing + JSONWriter.compact(.object(members)) + "\n", to: url)
    }

    /// The ids of records with a history file.
    public static func ids(root: URL) -> [String] {
        let folder = root.appendingPathComponent(LibraryFiles.historyFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.map { String($0.dropLast(".jsonl".count)) }.sorted()
    }
}
