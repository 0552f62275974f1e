internal import CLibXML2

/// Collects the errors libxml2 reports for one parse or validation, through
/// per-context structured error handlers (no global state).
///
/// I/O errors bypass those handlers, so ``capturingThreadErrors(_:)`` also
/// installs the thread-local structured handler around a call.
final class ErrorCollector {
    let file: String?
    let code: XMLError.Code
    private(set) var errors: [XMLError] = []
    /// More errors than this are counted, not kept.
    private let limit = 100

    init(file: String?, code: XMLError.Code) {
        self.file = file
        self.code = code
    }

    /// The pointer to pass as `userData` with ``structuredErrorHandler``;
    /// valid while `self` lives.
    var userData: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The first error, if any.
    var first: XMLError? { errors.first }

    func record(_ error: XMLError) {
        if errors.count < limit { errors.append(error) }
    }

    func record(_ raw: UnsafePointer<xmlError>) {
        let error = raw.pointee
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let text = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        let message = XMLLimits.explain(String(text.trimmingSuffixWhitespace()))
        // Our own name: libxml2 gives it back URI-escaped (`a%20b.xml`).
        let name = file ?? error.file.map { String(cString: $0) }
        record(XMLError(code, file: name, line: Int(error.line), column: Int(error.int2), message))
    }

    /// Runs `body` with this collector as the thread's structured error
    /// handler, then restores the default.
    func capturingThreadErrors<T>(_ body: () throws -> T) rethrows -> T {
        xmlSetStructuredErrorFunc(userData, structuredErrorHandler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try body()
    }
}

/// The C callback that forwards to the ``ErrorCollector`` in `userData`.
let structuredErrorHandler: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue().record(UnsafePointer(error))
}

extension String {
    /// Without trailing spaces and newlines (libxml2 messages end in `\n`).
    func trimmingSuffixWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last.isWhitespace {
            end = index(before: end)
        }
        return self[..<end]
    }
}
