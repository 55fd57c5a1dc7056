/// A command line taken apart: positional arguments, valued options and flags, checked against
/// what the command accepts. Strict: an unknown option is an error, never ignored.
struct CommandLineArguments {
    /// A usage mistake, shown with the command's usage line.
    struct UsageError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    private(set) var positional: [String] = []
    private var options: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// Parses `arguments` for a command accepting `valued` options (`--limit N`) and `flags` (`--json`).
    /// `--cases` and `--index` are accepted everywhere.
    init(_ arguments: [String], valued: Set<String>, flags allowedFlags: Set<String>, command: String) throws {
        let valuedOptions = valued.union(["cases", "index"])
        var index = 0
        var onlyPositional = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositional || !argument.hasPrefix("--") || argument == "-" {
                positional.append(argument)
                continue
            }
            if argument == "--" { onlyPositional = true; continue }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if allowedFlags.contains(name) {
                guard inlineValue == nil else { throw UsageError(message: "--\(name) 不带值") }
                flags.insert(name)
            } else if valuedOptions.contains(name) {
                if let inlineValue {
                    options[name, default: []].append(inlineValue)
                } else {
                    guard index < arguments.count else { throw UsageError(message: "--\(name) 需要一个值") }
                    options[name, default: []].append(arguments[index])
                    index += 1
                }
            } else {
                throw UsageError(message: "未知选项 --\(name)（‘\(command)’ 命令不接受此选项）")
            }
        }
    }

    /// The last value of an option.
    func value(_ name: String) -> String? { options[name]?.last }

    /// Every value of a repeatable option.
    func values(_ name: String) -> [String] { options[name] ?? [] }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// An integer option within `range`, or `defaultValue`.
    func integer(_ name: String, default defaultValue: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = value(name) else { return defaultValue }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(message: "--\(name) 应为 \(range.lowerBound) 至 \(range.upperBound) 的整数，收到 ‘\(text)’")
        }
        return number
    }
}
