/// A failure the command reports before exiting with status 1 (2 for usage mistakes).
struct CaselibError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
