/// # LibXML
///
/// The one module that talks to libxml2. It offers a small Swift API and
/// never exposes a libxml2 type:
///
/// - ``XMLWriter``: a streaming writer over xmlTextWriter that first reduces
///   every string to the XML 1.0 `Char` production (``XMLCharacters``);
/// - ``XMLReader``: a streaming reader with safe defaults (no network, no
///   entity expansion, no DTD loading, any DOCTYPE refused);
/// - ``SchemaValidator``: an XML Schema (XSD) validator;
/// - an HTML document reader (`HTMLDocument`).
///
/// Errors are ``XMLError`` values with a file, line and column.
internal import CLibXML2

/// The version of the libxml2 library in use (`20914` for 2.9.14).
public var libxmlVersion: Int {
    Int(LIBXML_VERSION)
}

/// Initializes libxml2 once per process, on first use (Swift runs a global's
/// initializer exactly once, whatever the thread).
let libxmlInitialized: Void = {
    xmlInitParser()
}()

/// The parse options every reader uses: no network access, and line numbers
/// beyond 65535 kept on text nodes (`XML_PARSE_BIG_LINES`, which changes
/// nothing else).
///
/// Never `XML_PARSE_NOENT` (it expands external entities such as
/// `file:///etc/passwd`), `XML_PARSE_DTDLOAD` (reads local files) or
/// `XML_PARSE_HUGE` (lets billion-laughs documents run for minutes).
let safeParseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
