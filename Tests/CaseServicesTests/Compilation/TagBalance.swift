import Testing

/// A small checker that every HTML element opened is closed, in order (void elements must be
/// written self-closing as `<meta ... />`).
enum TagBalance {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    /// Problems found; empty when balanced.
    static func check(_ html: String) throws -> [String] {
        var stack: [String] = []
        var problems: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { throw Malformed(description: "unterminated tag") }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            if tag.hasSuffix("/") { continue }
            let name = tag.split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map(String.init) ?? ""
            if name.hasPrefix("/") {
                let closing = String(name.dropFirst())
                if stack.last == closing { stack.removeLast() } else { problems.append("</\(closing)> closes <\(stack.last ?? "nothing")>") }
            } else {
                stack.append(name)
                if name == "style", let end = rest.range(of: "</style>") {
                    rest = rest[end.lowerBound...]
                }
            }
        }
        return problems + stack.map { "<\($0)> never closed" }
    }

    @Test static func checkerFindsUnclosedAndMisnestedTags() throws {
        #expect(try check("<p><b>x</p>") != [])
        #expect(try check("<div><meta a=\"1\" /><p>ok</p></div>") == [])
    }
}
