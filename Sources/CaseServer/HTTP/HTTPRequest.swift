import Foundation

/// One parsed HTTP/1.x request.
///
/// The path is percent-decoded and guaranteed to be valid UTF-8. The query is
/// decoded when the request is made: if any parameter is malformed,
/// ``queryError`` names it and the ``Router`` answers 400 before any handler runs.
public struct HTTPRequest: Sendable {
    /// One decoded query parameter.
    public typealias QueryItem = (name: String, value: String)

    /// The request method exactly as sent, e.g. `GET` (methods are case-sensitive).
    public let method: String
    /// The raw request target, e.g. `/cases/a%20b?q=x`.
    public let target: String
    /// The protocol version, `HTTP/1.1` or `HTTP/1.0`.
    public let version: String
    /// The raw (still percent-encoded) path: the target before any `?`.
    public let rawPath: String
    /// The percent-decoded path.
    public let path: String
    /// The raw query string after `?` (empty if none).
    public let rawQuery: String
    /// The decoded query parameters in order (`+` means space); empty if ``queryError`` is set.
    public let queryItems: [QueryItem]
    /// Set when a query parameter has invalid percent-encoding or is not UTF-8.
    public let queryError: HTTPRequestError?
    /// The header fields in the order received.
    public let headers: HTTPHeaders
    /// The body bytes (empty when there is no body).
    public let body: [UInt8]

    /// Creates a request, decoding the path and query of `target`.
    ///
    /// - Parameters:
    ///   - method: The method token, e.g. `GET`.
    ///   - target: An origin-form target beginning with `/`.
    ///   - version: `HTTP/1.1` (default) or `HTTP/1.0`.
    ///   - headers: The header fields.
    ///   - body: The body bytes.
    /// - Throws: ``HTTPRequestError`` (400) if the path is not valid percent-encoded UTF-8.
    public init(
        method: String, target: String, version: String = "HTTP/1.1",
        headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []
    ) throws(HTTPRequestError) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
        let utf8 = Array(target.utf8)
        let questionMark = utf8.firstIndex(of: UInt8(ascii: "?"))
        let pathBytes = utf8[..<(questionMark ?? utf8.endIndex)]
        let queryBytes = questionMark.map { utf8[($0 + 1)...] } ?? []
        rawPath = String(decoding: pathBytes, as: UTF8.self)
        rawQuery = String(decoding: queryBytes, as: UTF8.self)
        do {
            path = try PercentDecoding.decode(pathBytes, plusAsSpace: false)
        } catch {
            throw .badRequest("请求路径：\(error.reason)")
        }
        switch Self.decodeQuery(queryBytes) {
        case .success(let items):
            queryItems = items
            queryError = nil
        case .failure(let error):
            queryItems = []
            queryError = error
        }
    }

    /// Copies `head` (a request parsed without its body) and attaches `body`.
    init(head: HTTPRequest, body: [UInt8]) {
        method = head.method
        target = head.target
        version = head.version
        rawPath = head.rawPath
        path = head.path
        rawQuery = head.rawQuery
        queryItems = head.queryItems
        queryError = head.queryError
        headers = head.headers
        self.body = body
    }

    /// The first value of the query parameter `name`, if present.
    public func queryValue(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// Every value of the query parameter `name`, in order.
    public func queryValues(_ name: String) -> [String] {
        queryItems.filter { $0.name == name }.map(\.value)
    }

    /// The first value of the header `name` (case-insensitive), if present.
    public func header(_ name: String) -> String? {
        headers[name]
    }

    /// The body as `Data`.
    public var bodyData: Data { Data(body) }

    /// Whether the client wants the connection kept open after this request.
    ///
    /// HTTP/1.1 keeps it open unless `Connection: close`; HTTP/1.0 closes
    /// unless `Connection: keep-alive`.
    public var wantsKeepAlive: Bool {
        let tokens = headers.values(for: "Connection")
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if tokens.contains("close") { return false }
        if version == "HTTP/1.0" { return tokens.contains("keep-alive") }
        return true
    }

    /// Splits `name=value&...` pairs and decodes each, naming the first bad parameter.
    static func decodeQuery(_ bytes: ArraySlice<UInt8>) -> Result<[QueryItem], HTTPRequestError> {
        var items: [QueryItem] = []
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = pair.firstIndex(of: UInt8(ascii: "="))
            let nameBytes = pair[..<(equals ?? pair.endIndex)]
            let valueBytes = equals.map { pair[($0 + 1)...] } ?? []
            let rawName = String(decoding: nameBytes, as: UTF8.self)
            do {
                let name = try PercentDecoding.decode(nameBytes, plusAsSpace: true)
                do {
                    let value = try PercentDecoding.decode(valueBytes, plusAsSpace: true)
                    items.append((name: name, value: value))
                } catch {
                    return .failure(.invalidQueryParameter(name, error.reason))
                }
            } catch {
                return .failure(.invalidQueryParameter(rawName, "参数名\(error.reason)"))
            }
        }
        return .success(items)
    }
}
