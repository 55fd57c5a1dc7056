/// Commands added by later services; nil when `command` is not one of them.
enum ExtraCommands {
    static func run(_ command: String, _ arguments: [String]) throws -> Int32? { nil }
}
