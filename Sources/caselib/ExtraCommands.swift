/// Commands of the services beyond the core library ones; nil when `command` is not one of them.
enum ExtraCommands {
    static func run(_ command: String, _ arguments: [String]) throws -> Int32? {
        switch command {
        case "precedents": return try PrecedentCommands.precedents(arguments)
        case "similar": return try PrecedentCommands.similar(arguments)
        case "deadline": return try DeskOptions.deadlineCommand(arguments)
        case "eval": return try EvalCommand.run(arguments)
        case "eval-statutes": return try StatuteCommands.evaluate(arguments)
        case "statutes": return try StatuteCommands.run(arguments)
        case "compile": return try CompileCommand.run(arguments)
        case "training": return try TrainingCommand.run(arguments)
        case "course": return try CourseCommand.run(arguments)
        case "users": return try UsersCommand.users(arguments)
        case "token": return try UsersCommand.token(arguments)
        case "audit": return try AuditCommand.run(arguments)
        case "ledger": return try LedgerCommand.run(arguments)
        case "report": return try ReportCommand.run(arguments)
        default: return nil
        }
    }
}
