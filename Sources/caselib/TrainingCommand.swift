/// Not built yet.
enum TrainingCommand {
    static func run(_ arguments: [String]) throws -> Int32 { throw CaselibError("not available yet") }
}
