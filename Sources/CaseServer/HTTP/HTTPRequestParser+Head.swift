extension HTTPRequestParser {
    /// Parses a complete head (request line, header lines, final CRLF CRLF).
    ///
    /// - Returns: The request without its body and the body length to read.
    static func parseHead(
        _ head: ArraySlice<UInt8>, limits: Limits
    ) throws(HTTPRequestError) -> (HTTPRequest, Int) {
        // Lines are CRLF-terminated (bare LF was rejected while scanning); drop the CR.
        var lines = head.split(separator: .lf, omittingEmptySubsequences: false).map { $0.dropLast() }
        lines.removeLast(2)  // the empty line and the remainder after the final LF
        guard let requestLine = lines.first else { throw .badRequest("缺少请求行") }
        let (method, target, version) = try parseRequestLine(requestLine)
        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            let field = try parseHeaderLine(line)
            headers.add(name: field.name, value: field.value)
        }
        let bodyLength = try validateFraming(headers, version: version, limits: limits)
        let request = try HTTPRequest(method: method, target: target, version: version, headers: headers)
        return (request, bodyLength)
    }

    /// Parses `method SP request-target SP HTTP-version`.
    static func parseRequestLine(
        _ line: ArraySlice<UInt8>
    ) throws(HTTPRequestError) -> (String, String, String) {
        let parts = line.split(separator: .space, omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw .badRequest("请求行格式错误；应为 'METHOD /path HTTP/1.1'")
        }
        let (method, target, version) = (parts[0], parts[1], parts[2])
        guard !method.isEmpty, method.allSatisfy(isTokenCharacter) else {
            throw .badRequest("请求行中的方法无效")
        }
        guard target.first == UInt8(ascii: "/") else {
            throw .badRequest("请求目标必须是以 '/' 开头的路径形式（origin-form）")
        }
        guard target.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "#") }) else {
            throw .badRequest("请求目标中有无效字符")
        }
        let versionText = String(decoding: version, as: UTF8.self)
        switch versionText {
        case "HTTP/1.1", "HTTP/1.0":
            break
        case _ where isWellFormedVersion(version):
            throw .unsupportedVersion(versionText)
        default:
            throw .badRequest("请求行中的 HTTP 版本无效")
        }
        return (String(decoding: method, as: UTF8.self), String(decoding: target, as: UTF8.self), versionText)
    }

    /// Parses `field-name ":" OWS field-value OWS`, rejecting obs-fold and control characters.
    static func parseHeaderLine(
        _ line: ArraySlice<UInt8>
    ) throws(HTTPRequestError) -> (name: String, value: String) {
        if let first = line.first, first == .space || first == .tab {
            throw .badRequest("不接受请求头中已废弃的折行写法（obs-fold）")
        }
        guard let colon = line.firstIndex(of: .colon) else {
            throw .badRequest("请求头行中没有 ':'")
        }
        let name = line[..<colon]
        if let last = name.last, last == .space || last == .tab {
            throw .badRequest("请求头名称与 ':' 之间不允许有空白")
        }
        guard !name.isEmpty, name.allSatisfy(isTokenCharacter) else {
            throw .badRequest("请求头名称无效")
        }
        var value = line[(colon + 1)...]
        while let first = value.first, first == .space || first == .tab { value.removeFirst() }
        while let last = value.last, last == .space || last == .tab { value.removeLast() }
        let nameText = String(decoding: name, as: UTF8.self)
        guard value.allSatisfy({ $0 == .tab || ($0 >= 0x20 && $0 != 0x7F) }) else {
            throw .badRequest("请求头 '\(nameText)' 的值中有控制字符")
        }
        let valueText =
            String(validating: value, as: UTF8.self)
            ?? String(value.map { Character(Unicode.Scalar($0)) })
        return (name: nameText, value: valueText)
    }

    /// Checks message framing and returns the body length.
    static func validateFraming(
        _ headers: HTTPHeaders, version: String, limits: Limits
    ) throws(HTTPRequestError) -> Int {
        if headers.contains("Transfer-Encoding") { throw .lengthRequired }
        if version == "HTTP/1.1" {
            let hosts = headers.values(for: "Host")
            guard !hosts.isEmpty else { throw .badRequest("HTTP/1.1 请求缺少 Host 请求头") }
            guard hosts.count == 1 else { throw .badRequest("Host 请求头不止一个") }
        }
        let declared = headers.values(for: "Content-Length")
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
        guard !declared.isEmpty else { return 0 }
        var length: Int?
        for item in declared {
            let digits = item.utf8.drop { $0 == .space || $0 == .tab }
            let trimmed = digits.reversed().drop { $0 == .space || $0 == .tab }.reversed()
            let value = try parseLength(Array(trimmed), cap: limits.maxBodyBytes)
            if let length, length != value { throw .badRequest("Content-Length 的值相互矛盾") }
            length = value
        }
        let result = length ?? 0
        if result > limits.maxBodyBytes { throw .bodyTooLarge(limit: limits.maxBodyBytes) }
        return result
    }

    /// Parses a non-negative decimal length, saturating at `cap + 1` so huge values cannot overflow.
    static func parseLength(_ digits: [UInt8], cap: Int) throws(HTTPRequestError) -> Int {
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw .badRequest("Content-Length 必须是非负十进制整数")
        }
        let ceiling = cap < Int.max ? cap + 1 : Int.max
        var value = 0
        for digit in digits {
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(digit - 0x30))
            value = overflow1 || overflow2 || sum > ceiling ? ceiling : sum
        }
        return value
    }

    /// Whether `version` looks like `HTTP/d.d` (a real but unsupported version).
    static func isWellFormedVersion(_ version: ArraySlice<UInt8>) -> Bool {
        let bytes = Array(version)
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        return bytes.count == 8 && Array(bytes[0..<5]) == Array("HTTP/".utf8)
            && isDigit(bytes[5]) && bytes[6] == UInt8(ascii: ".") && isDigit(bytes[7])
    }

    /// Whether `byte` is a `tchar` (RFC 9110 token character).
    static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}
