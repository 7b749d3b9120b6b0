/// Why an archive could not be opened or an article could not be stored, in words a person can act on.
public enum ArchiveError: Error, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database; it was left untouched.
    case notADatabase(path: String)
    /// The archive's schema is newer than this binary knows: a newer `hiwar` made it.
    case newerSchema(path: String, found: Int, known: Int)
    /// The file or its folder could not be opened for reading and writing.
    case cannotOpen(path: String, reason: String)
    /// An event names a state that is not in the country catalogue.
    case unknownCountry(code: String)
    /// A temporary file for sorting an export could not be made, written or read back.
    case temporaryFile(reason: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not a Hiwar archive (not an SQLite database); it was left unchanged"
        case .newerSchema(let path, let found, let known):
            "\(path) was made by a newer hiwar (schema \(found); this one knows \(known))"
        case .cannotOpen(let path, let reason):
            "cannot open archive \(path): \(reason)"
        case .unknownCountry(let code):
            "unknown country code \"\(code)\": not in the country catalogue"
        case .temporaryFile(let reason):
            "cannot sort through a temporary file (SQLITE_TMPDIR, TMPDIR or /var/tmp): \(reason)"
        }
    }
}
