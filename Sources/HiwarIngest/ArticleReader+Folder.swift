#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension ArticleReader {
    /// What a path names on disk.
    enum FileKind {
        case directory, regularFile, symbolicLink, other
    }

    /// The kind of `path`, looking through symbolic links when `followingLinks` is set.
    static func kind(of path: String, followingLinks: Bool) throws(ArticleReadError) -> FileKind {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else {
            throw ArticleReadError(origin: path, reason: systemMessage())
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regularFile
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The entries of `folder` worth reading, sorted by name: subfolders, and article files
    /// (by extension, directly or through a symbolic link). Hidden entries and links to folders
    /// are left out, so a link loop cannot trap the walk.
    static func entries(of folder: String) throws(ArticleReadError) -> [String] {
        guard let stream = opendir(folder) else {
            throw ArticleReadError(origin: folder, reason: "cannot list the folder: " + systemMessage())
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { names.append(name) }
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return names.sorted().map { prefix + $0 }.filter { path in
            switch try? kind(of: path, followingLinks: false) {
            case .directory: true
            case .regularFile: isArticleFile(path)
            case .symbolicLink: isArticleFile(path) && (try? kind(of: path, followingLinks: true)) == .regularFile
            case .other, nil: false
            }
        }
    }

    private static func isArticleFile(_ path: String) -> Bool {
        articleExtensions.contains(path.pathExtension)
    }
}
