/// Not built yet.
enum CourseCommand {
    static func run(_ arguments: [String]) throws -> Int32 { throw CaselibError("not available yet") }
}
