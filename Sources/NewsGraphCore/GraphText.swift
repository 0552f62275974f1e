/// The graph's free text: every string a user or an article supplied, as
/// opposed to ids, attribute keys and relations, which are tokens.
extension Graph {
    /// Whether any free text of the graph satisfies `predicate`.
    public func containsText(where predicate: (String) -> Bool) -> Bool {
        articles.contains { $0.texts.contains(where: predicate) }
            || nodes.contains { node in
                node.texts.contains(where: predicate) || node.provenance.contains { $0.texts.contains(where: predicate) }
            }
            || edges.contains { $0.provenance.contains { $0.texts.contains(where: predicate) } }
    }

    /// The graph with `transform` applied to all its free text, canonical
    /// again: a writer that must change characters (XML 1.0 cannot hold a
    /// form feed) writes this graph, so that what it writes sorts the way it
    /// reads back.
    public func mappingText(_ transform: (String) -> String) throws -> Graph {
        func mapProvenance(_ records: [Provenance]) -> [Provenance] {
            records.map { record in
                var copy = record
                copy.article = transform(record.article)
                copy.evidence = transform(record.evidence)
                return copy
            }
        }
        let newArticles = articles.map { article in
            var copy = article
            copy.id = transform(article.id)
            copy.source = transform(article.source)
            copy.title = article.title.map(transform)
            copy.publisher = article.publisher.map(transform)
            copy.author = article.author.map(transform)
            copy.date = article.date.map(transform)
            copy.url = article.url.map(transform)
            copy.note = article.note.map(transform)
            return copy
        }
        let newNodes = nodes.map { node in
            var copy = node
            copy.kind = node.kind.map(transform)
            copy.label = transform(node.label)
            copy.aliases = node.aliases.map(transform)
            copy.text = node.text.map(transform)
            copy.date = node.date.map(transform)
            copy.attributes = node.attributes.map { Attribute(key: $0.key, value: transform($0.value)) }
            copy.provenance = mapProvenance(node.provenance)
            return copy
        }
        let newEdges = edges.map { edge in
            var copy = edge
            copy.provenance = mapProvenance(edge.provenance)
            return copy
        }
        return try Graph(articles: newArticles, nodes: newNodes, edges: newEdges)
    }
}

extension Article {
    var texts: [String] {
        [id, source] + [title, publisher, author, date, url, note].compactMap { $0 }
    }
}

extension Node {
    var texts: [String] {
        [label] + aliases + [kind, text, date].compactMap { $0 } + attributes.map(\.value)
    }
}

extension Provenance {
    var texts: [String] { [article, evidence] }
}
