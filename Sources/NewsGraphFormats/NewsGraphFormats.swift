/// # NewsGraphFormats
///
/// Streaming writers for GraphML (through libxml2), RDF Turtle, Graphviz DOT
/// and JSON Graph Format, and readers for the graphs newsgraph writes.
