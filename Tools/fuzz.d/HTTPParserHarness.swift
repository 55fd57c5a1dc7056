// Fuzz target: the HTTP/1.1 request parser (Sources/CaseServer/HTTP), compiled together with it.
// The input is split into pieces at arbitrary points (as bytes arrive from a socket), fed to a
// parser with small limits, and every request is taken out until the parser wants more or throws.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let first = bytes.first else { return 0 }
    var parser = HTTPRequestParser(limits: .init(maxHeadBytes: 2048, maxBodyBytes: 4096))
    let step = Int(first % 16) + 1
    var offset = 1
    var requests = 0
    while offset < bytes.count {
        let end = min(bytes.count, offset + step)
        parser.append(bytes[offset..<end])
        offset = end
        do {
            while let request = try parser.nextRequest() {
                requests += 1
                // Touch what handlers read, so lazily computed parts run too.
                _ = request.queryItems.count + request.body.count + request.path.utf8.count
                _ = request.wantsKeepAlive
                _ = request.headers.values(for: "Host")
                if requests > 1000 { return 0 }
            }
        } catch {
            _ = error.status
            return 0
        }
    }
    return 0
}
