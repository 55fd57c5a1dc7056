/// Commands of the services beyond the core library ones; nil when `command` is not one of them.
enum ExtraCommands {
    static func run(_ command: String, _ arguments: [String]) throws -> Int32? {
        switch command {
        case "precedents": return try PrecedentCommands.precedents(arguments)
        case "similar": return try PrecedentCommands.similar(arguments)
        case "eval": return try EvalCommand.run(arguments)
        default: return nil
        }
    }
}
