/// # NewsGraphQuery
///
/// Questions over a graph: filters on subject, relation and object,
/// neighbours, shortest paths, statements, and SPARQL over the graph's RDF view.
///
/// - Loading: ``QueryLoader`` reads and merges JSON Graph Format, GraphML and
///   Turtle inputs, into a ``Graph`` (plain questions) or a ``TripleStore``
///   (SPARQL). Turtle goes through ``TurtleParser`` (Turtle 1.1, every W3C
///   test passes) and back to a graph through ``RDFGraphDecoder``.
/// - Plain questions: ``GraphQuestions`` answers a ``PlainQuestion``; unknown
///   names throw ``QuestionError`` with a "did you mean" suggestion.
/// - SPARQL: ``SPARQLQuery`` parses (errors: ``SPARQLError`` with line and
///   column) and runs over a ``TripleStore``: interned terms and three sorted
///   id indexes (SPO, POS, OSP).
/// - Output: ``ResultWriter`` writes a ``QueryResult`` as an aligned table,
///   TSV, CSV or JSON (SPARQL 1.1 result formats for SPARQL answers).
