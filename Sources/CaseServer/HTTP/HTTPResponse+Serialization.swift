import Glibc

extension HTTPResponse {
    /// The bytes to put on the wire for this response.
    ///
    /// Sets `Date`, `Server`, `Connection` and `Content-Length` (the length of
    /// the body even for HEAD), supplies a default `Content-Type`, and omits the
    /// body for HEAD and for statuses that cannot carry one (1xx, 204, 304).
    func serialized(isHead: Bool, keepAlive: Bool, now: time_t = time(nil)) -> [UInt8] {
        var headers = self.headers
        let status = (100...999).contains(self.status) ? self.status : 500
        let bodyless = (100..<200).contains(status) || status == 204 || status == 304
        for name in ["Date", "Server", "Connection", "Content-Length", "Transfer-Encoding"] { headers.remove(name) }
        if !headers.contains("Content-Type") {
            headers.add(name: "Content-Type", value: "application/octet-stream")
        }
        headers.add(name: "Date", value: Self.imfFixdate(now))
        headers.add(name: "Server", value: "caselib")
        headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        if !bodyless { headers.add(name: "Content-Length", value: String(body.count)) }
        var head = "HTTP/1.1 \(status) \(Self.reasonPhrase(status))\r\n"
        for field in headers {
            head += Self.sanitized(field.name) + ": " + Self.sanitized(field.value) + "\r\n"
        }
        head += "\r\n"
        var bytes = Array(head.utf8)
        if !isHead && !bodyless { bytes += body }
        return bytes
    }

    /// Removes CR and LF so a handler can never split a response.
    static func sanitized(_ text: String) -> String {
        guard text.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return String(text.unicodeScalars.filter { $0 != "\r" && $0 != "\n" }.map(Character.init))
    }

    /// Formats `time` as an IMF-fixdate, e.g. `Sun, 06 Nov 1994 08:49:37 GMT`.
    static func imfFixdate(_ time: time_t) -> String {
        var seconds = time
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let day = days[Int(parts.tm_wday) % 7]
        let month = months[Int(parts.tm_mon) % 12]
        return "\(day), \(two(parts.tm_mday)) \(month) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }

    /// The standard reason phrase for `status` (empty for unknown codes).
    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 100: return "Continue"
        case 200: return "OK"
        case 201: return "Created"
        case 202: return "Accepted"
        case 204: return "No Content"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 409: return "Conflict"
        case 411: return "Length Required"
        case 413: return "Content Too Large"
        case 414: return "URI Too Long"
        case 415: return "Unsupported Media Type"
        case 422: return "Unprocessable Content"
        case 429: return "Too Many Requests"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 503: return "Service Unavailable"
        case 505: return "HTTP Version Not Supported"
        default: return ""
        }
    }
}
