/// # NewsGraphExtraction
///
/// The extraction pipeline: small stages from an annotated document to an
/// annotated document (mentions, entities, relations, statements), then the
/// graph of one article.
