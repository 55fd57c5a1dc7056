/// Not built yet.
enum CompileCommand {
    static func run(_ arguments: [String]) throws -> Int32 { throw CaselibError("not available yet") }
}
