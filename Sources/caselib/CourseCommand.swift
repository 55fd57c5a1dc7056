import CaseServices
import Foundation

/// `caselib course build SPEC --out DIR [--pdf]`: a course pack (course.md, course.html and,
/// with --pdf, course.pdf) from a course spec (see `Cases/courses/README.md`).
enum CourseCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["out"], flags: ["pdf"], command: "course")
        guard arguments.positional.first == "build" else {
            throw CommandLineArguments.UsageError(message: "course 的子命令为 ‘build SPEC --out DIR’")
        }
        guard arguments.positional.count == 2 else {
            throw CommandLineArguments.UsageError(message: "course build 需要且只接受一个 SPEC 文件")
        }
        guard let out = arguments.value("out") else { throw CommandLineArguments.UsageError(message: "course build 需要 --out DIR") }
        let printer = PDFPrinter()
        if arguments.flag("pdf"), printer.executable == nil {
            throw CaselibError("--pdf 需要 Chromium（在 PATH 中找 chromium、chromium-browser）：请安装 chromium。未写出任何文件")
        }
        let specPath = arguments.positional[1]
        let spec = try CourseSpec.load(from: URL(fileURLWithPath: specPath), displayPath: specPath)
        let service = Caselib.service(arguments)
        guard FileManager.default.fileExists(atPath: service.folder.root.path) else {
            throw CaselibError("案例库目录不存在：\(service.folder.root.path)")
        }
        if !service.hasIndex {
            Caselib.printError("提示：\(service.indexRoot.path) 没有索引，检索式改用逐字查找；运行 caselib index 建立索引")
        }
        let rendered = try CoursePack.build(spec, service: service)
        for notice in rendered.course.notices { Caselib.printError(notice) }
        let course = rendered.course
        // Every finding is listed, by record and field, before anything is written.
        if !course.redactions.isEmpty {
            print("已遮盖 \(course.redactions.count) 处个人信息（只列位置和种类，不列内容）：")
            for finding in course.redactions { print("  \(FieldLabels.describe(finding))") }
        }
        let files = try CoursePack.write(rendered, to: URL(fileURLWithPath: out), printer: arguments.flag("pdf") ? printer : nil)
        let counts = course.sessions.map {
            "\($0.title)：\($0.notes.count) 篇材料、\($0.articles.count) 条条文、\($0.cases.count) 个案例"
                + ($0.references.isEmpty ? "" : "，另有 \($0.references.count) 项见前讲")
        }
        print("已生成课程包“\(course.title)”，输出到 \(out)：\(files.map(\.lastPathComponent).joined(separator: "、"))")
        for line in counts { print("  \(line)") }
        return 0
    }
}
