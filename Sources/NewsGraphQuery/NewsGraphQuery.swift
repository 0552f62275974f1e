/// # NewsGraphQuery
///
/// Questions over a graph: filters on subject, relation and object,
/// neighbours, shortest paths, statements, and SPARQL over the graph's RDF view.
