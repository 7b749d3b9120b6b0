/// A failure while running a command, told in words a person can act on. Exits with status 1.
struct RuntimeError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
