import Foundation
import NewsGraphCore
import NewsGraphExtraction
import NewsGraphText

/// Extracts every article of a corpus into one graph, on several threads.
///
/// One thread reads the inputs in sorted order and gives each article its
/// id (``ArticleStream``); `jobs` worker threads each extract what they take
/// into a graph builder of their own; the builders are then joined and the
/// graph built once. Nodes merge by rules that do not depend on order
/// (``GraphBuilder``) and the graph is canonical, so it does not matter which
/// worker read which article: the graph, and the bytes written, are the same
/// for any number of jobs.
struct CorpusExtraction {
    let extractor: Extractor
    let jobs: Int
    let maxEvidence: Int?
    let maximumArticleBytes: Int
    let standardInputIsJSONLines: Bool

    /// The graph of every article in `inputs`.
    ///
    /// - Throws: ``CorpusLog/StrictStop`` under `--strict`; ``GraphError`` if
    ///   the parts do not form a graph (a bug: extraction makes valid ids).
    func run(_ inputs: [CorpusInput], log: CorpusLog) throws -> Graph {
        let queue = WorkQueue<RawArticle>(capacity: jobs * 8)
        let results = WorkerResults(count: jobs)
        let group = DispatchGroup()
        for worker in 0..<jobs {
            group.enter()
            let thread = Thread { [extractor] in
                var builder = GraphBuilder()
                let reader = DocumentReader()
                while let article = queue.take() {
                    extractor.extract(article.document(reader), into: &builder)
                    log.extracted(bytes: article.inputBytes)
                }
                results.set(worker, builder)
                group.leave()
            }
            // Deeply nested pages are parsed recursively: give workers the main thread's stack size.
            thread.stackSize = 8 << 20
            thread.start()
        }
        do {
            var stream = ArticleStream(
                maximumArticleBytes: maximumArticleBytes, standardInputIsJSONLines: standardInputIsJSONLines, log: log)
            for input in inputs {
                try stream.forEachArticle(in: input) { queue.put($0) }
            }
            queue.close()
        } catch {
            queue.cancel()
            group.wait()
            throw error
        }
        group.wait()
        var builders = results.all
        var joined = builders.removeFirst()
        for builder in builders { joined.add(builder) }
        return try joined.build(maxEvidence: maxEvidence)
    }
}

/// Where each worker leaves its graph builder.
private final class WorkerResults: @unchecked Sendable {
    private let lock = NSLock()
    private var builders: [GraphBuilder]

    init(count: Int) { builders = Array(repeating: GraphBuilder(), count: count) }

    func set(_ index: Int, _ builder: GraphBuilder) { lock.withLock { builders[index] = builder } }

    var all: [GraphBuilder] { lock.withLock { builders } }
}
