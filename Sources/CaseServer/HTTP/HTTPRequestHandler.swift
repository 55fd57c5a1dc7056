/// Produces a response for each request; one instance per server worker thread.
///
/// ``HTTPServer`` calls its factory once per worker at start-up, on that
/// worker's thread, and afterwards calls the handler only from that thread.
/// A handler is therefore confined to one thread and need not be `Sendable`:
/// it may own non-thread-safe resources such as a Xapian database handle.
public protocol HTTPRequestHandler: AnyObject {
    /// Returns the response to `request`. Must not throw; map failures to error responses.
    func respond(to request: HTTPRequest) -> HTTPResponse
}
