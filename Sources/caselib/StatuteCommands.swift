/// Not built yet.
enum StatuteCommands {
    static func run(_ arguments: [String]) throws -> Int32 { throw CaselibError("not available yet") }
    static func evaluate(_ arguments: [String]) throws -> Int32 { throw CaselibError("not available yet") }
}
