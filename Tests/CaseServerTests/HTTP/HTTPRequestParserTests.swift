import CaseServer
import TestSupport
import Testing

@Suite("HTTPRequestParser (in-process)")
struct HTTPRequestParserTests {
    private func parse(_ text: String, limits: HTTPRequestParser.Limits = .init()) throws(HTTPRequestError) -> HTTPRequest? {
        var parser = HTTPRequestParser(limits: limits)
        parser.append(Array(text.utf8))
        return try parser.nextRequest()
    }

    private func status(of text: String, limits: HTTPRequestParser.Limits = .init()) -> Int? {
        do {
            _ = try parse(text, limits: limits)
            return nil
        } catch {
            return error.status
        }
    }

    @Test func parsesARequestFedOneByteAtATime() throws {
        var parser = HTTPRequestParser()
        let text = "POST /cases/a%2Fb?q=%E5%88%91%E6%B3%95+x&empty&k=v HTTP/1.1\r\nHost: x\r\nX-Two:  spaced value \r\nContent-Length: 5\r\n\r\nhello"
        var request: HTTPRequest?
        for byte in text.utf8 {
            #expect(request == nil)
            parser.append([byte])
            request = try parser.nextRequest()
        }
        let parsed = try #require(request)
        #expect(parsed.method == "POST")
        #expect(parsed.rawPath == "/cases/a%2Fb")
        #expect(parsed.path == "/cases/a/b")
        #expect(parsed.queryItems.map(\.name) == ["q", "empty", "k"])
        #expect(parsed.queryValue("q") == "刑法 x")
        #expect(parsed.queryValue("empty") == "")
        #expect(parsed.header("x-two") == "spaced value")
        #expect(parsed.header("HOST") == "x")
        #expect(parsed.headers.fields.map(\.name) == ["Host", "X-Two", "Content-Length"])
        #expect(parsed.body == Array("hello".utf8))
        #expect(!parser.hasPartialRequest)
    }

    @Test func yieldsPipelinedRequestsInOrder() throws {
        var parser = HTTPRequestParser()
        parser.append(Array("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\nGET /c".utf8))
        #expect(try parser.nextRequest()?.path == "/a")
        #expect(try parser.nextRequest()?.path == "/b")
        #expect(try parser.nextRequest() == nil)
        #expect(parser.hasPartialRequest)
        parser.append(Array(" HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        #expect(try parser.nextRequest()?.path == "/c")
    }

    @Test func reportsWhenTheHeadIsCompleteButTheBodyIsNot() throws {
        var parser = HTTPRequestParser()
        parser.append(Array("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab".utf8))
        #expect(try parser.nextRequest() == nil)
        #expect(parser.isAwaitingBody)
        parser.append(Array("cd".utf8))
        #expect(try parser.nextRequest()?.body == Array("abcd".utf8))
    }

    @Test func http10NeedsNoHost() throws {
        #expect(try parse("GET / HTTP/1.0\r\n\r\n")?.version == "HTTP/1.0")
    }

    @Test func keepAliveFollowsVersionAndConnectionHeader() throws {
        #expect(try parse("GET / HTTP/1.1\r\nHost: x\r\n\r\n")?.wantsKeepAlive == true)
        #expect(try parse("GET / HTTP/1.1\r\nHost: x\r\nConnection: Keep-Alive, Close\r\n\r\n")?.wantsKeepAlive == false)
        #expect(try parse("GET / HTTP/1.0\r\n\r\n")?.wantsKeepAlive == false)
        #expect(try parse("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")?.wantsKeepAlive == true)
    }

    @Test func headLimitGives431EvenBeforeTheHeadEnds() {
        let limits = HTTPRequestParser.Limits(maxHeadBytes: 64, maxBodyBytes: 10)
        #expect(status(of: "GET / HTTP/1.1\r\nHost: x\r\nX: " + String(repeating: "a", count: 80), limits: limits) == 431)
        #expect(status(of: "GET / HTTP/1.1\r\nHost: x\r\nX: " + String(repeating: "a", count: 40) + "\r\n\r\n", limits: limits) == 431)
        #expect(status(of: "GET / HTTP/1.1\r\nHost: x\r\n\r\n", limits: limits) == nil)
    }

    @Test func bodyLimitGives413AsSoonAsTheHeadIsRead() {
        let limits = HTTPRequestParser.Limits(maxHeadBytes: 1024, maxBodyBytes: 10)
        #expect(status(of: "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n", limits: limits) == 413)
        #expect(status(of: "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n", limits: limits) == nil)
        #expect(status(of: "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \(UInt64.max)0\r\n\r\n") == 413)
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", 411),
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: \r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1,,1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\n\n", 400),
        ("GET / HTTP/1.1\r\n: empty-name\r\nHost: x\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX:\u{7F}\r\n\r\n", 400),
        ("GET /a#frag HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET * HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n", 400),
        ("GET / HTTP/3.0\r\nHost: x\r\n\r\n", 505),
    ])
    func rejectsMalformedHeads(text: String, expected: Int) {
        #expect(status(of: text) == expected)
    }

    @Test func queryDecodingErrorsNameTheParameterButDoNotFailParsing() throws {
        let request = try #require(try parse("GET /s?good=1&bad=%E4%B8 HTTP/1.1\r\nHost: x\r\n\r\n"))
        let error = try #require(request.queryError)
        #expect(error.status == 400)
        #expect(error.message.contains("'bad'"))
        #expect(request.queryItems.isEmpty)
    }
}

@Suite("HTTPRequestParser: hostile input")
struct HTTPRequestParserFuzzTests {
    @Test func randomBytesNeverTrapAndAlwaysEndInARequestAnErrorOrMoreInput() {
        var random = SeededGenerator(seed: 20_261_201)
        let pieces = ["GET", "POST", " ", "/", "?", "%", "%4", "%FF", "+", "HTTP/1.1", "HTTP/1.0", "\r\n", "\n", "\r",
                      "Host: x", "Content-Length: ", "-1", "99999999999999999999", "5", ":", "\t", "\u{7F}", "é", "\0", "hello"]
        for _ in 0..<3000 {
            var parser = HTTPRequestParser(limits: .init(maxHeadBytes: 256, maxBodyBytes: 64))
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...30, using: &random) {
                bytes += Array(pieces[Int.random(in: 0..<pieces.count, using: &random)].utf8)
            }
            var offset = 0
            loop: while offset < bytes.count {
                let end = min(bytes.count, offset + Int.random(in: 1...16, using: &random))
                parser.append(bytes[offset..<end])
                offset = end
                do {
                    while let request = try parser.nextRequest() {
                        #expect(request.target.hasPrefix("/"))
                    }
                } catch {
                    #expect([400, 411, 413, 431, 505].contains(error.status))
                    break loop
                }
            }
        }
    }
}
