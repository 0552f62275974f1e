#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Expands the paths given to `extract` into a sorted list of inputs:
/// files as they are, folders recursively (files ending in `.txt`, `.html`,
/// `.htm` or `.jsonl`), `-` for standard input.
///
/// Sorting by path makes the run independent of the order the file system
/// lists folders in. What cannot be read (a folder without permission, a
/// symbolic link that loops back to a folder above it, a dangling link) is
/// reported once, by name, and left out.
struct InputDiscovery {
    /// What was left out, one line each, in the order found.
    private(set) var problems: [String] = []

    static let articleExtensions = [".txt", ".html", ".htm"]

    mutating func inputs(_ paths: [String]) -> [CorpusInput] {
        var found: [CorpusInput] = []
        for path in paths {
            if path == "-" {
                found.append(CorpusInput(path: "-", kind: .standardInput, name: nil, size: nil))
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                // A missing file given by name is an error of the run, reported when it is read.
                found.append(CorpusInput(path: path, kind: Self.kind(of: path), name: nil, size: nil))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited: Set<FileID> = [FileID(info)]
                walk(folder: path, visited: &visited, into: &found)
            } else {
                found.append(CorpusInput(path: path, kind: Self.kind(of: path), name: nil, size: Int(info.st_size)))
            }
        }
        return found.sorted()
    }

    static func kind(of path: String) -> CorpusInput.Kind {
        path.hasSuffix(".jsonl") ? .jsonLines : .article
    }

    /// Whether a file found in a folder is read: by its extension.
    static func isCorpusFile(_ name: String) -> Bool {
        name.hasSuffix(".jsonl") || articleExtensions.contains { name.hasSuffix($0) }
    }

    private mutating func walk(folder: String, visited: inout Set<FileID>, into found: inout [CorpusInput]) {
        guard let entries = Self.entries(of: folder) else {
            problems.append("skipped folder '\(folder)': \(String(cString: strerror(errno))); check its permissions")
            return
        }
        for entry in entries.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !entry.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + entry : folder + "/" + entry
            var info = stat()
            guard stat(path, &info) == 0 else {
                problems.append("skipped '\(path)': \(String(cString: strerror(errno))) (a dangling symbolic link?)")
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                guard visited.insert(FileID(info)).inserted else {
                    problems.append("skipped '\(path)': a symbolic link loop (it leads back to a folder already read)")
                    continue
                }
                walk(folder: path, visited: &visited, into: &found)
                visited.remove(FileID(info))
            } else if (info.st_mode & S_IFMT) == S_IFREG, Self.isCorpusFile(entry) {
                let name = Self.withoutExtension(path)
                found.append(CorpusInput(path: path, kind: Self.kind(of: entry), name: name, size: Int(info.st_size)))
            }
        }
    }

    /// `bbc/business/001.txt` → `bbc/business/001`.
    static func withoutExtension(_ path: String) -> String {
        let file = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[file...].lastIndex(of: "."), dot != file else { return path }
        return String(path[..<dot])
    }

    /// The names in a folder, or nil (with `errno` set) when it cannot be listed.
    private static func entries(of folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// A folder's identity, to notice a symbolic link that leads back to it.
    private struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }
}
