/// # LibXML
///
/// The one module that talks to libxml2. It offers a small Swift API and
/// never exposes a libxml2 type: a streaming XML writer, a streaming reader
/// with safe defaults (no network, no entities, no DTD), an HTML document
/// reader and an XML Schema validator.
internal import CLibXML2

/// The version of the libxml2 library in use (`20914` for 2.9.14).
public var libxmlVersion: Int {
    Int(LIBXML_VERSION)
}
