import ArgumentParser
import NewsGraphCore
import NewsGraphFormats

extension GraphFormat: ExpressibleByArgument {}

extension GraphMLFlavor: ExpressibleByArgument {}

/// Where and how to write a graph: shared by `extract` and `convert`.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The file to write ('-' for standard output). Its extension picks the format.",
        valueName: "file"))
    var output: String = "-"

    @Option(help: "The output format; by default from the output file's extension, else json.")
    var format: GraphFormat?

    @Option(help: "GraphML flavour: plain (validates against the GraphML schema) or yed (with node graphics for yEd).")
    var graphmlFlavor: GraphMLFlavor = .plain

    func validate() throws {
        if format == nil, output != "-", GraphFormat(path: output) == nil {
            throw ValidationError(
                "cannot tell the format of '\(output)' from its extension; use .graphml, .ttl, .dot, .gv or .json, or give --format")
        }
    }

    /// The format to write.
    var resolvedFormat: GraphFormat {
        format ?? GraphFormat(path: output) ?? .json
    }

    /// Writes `graph` atomically to the output.
    func write(_ graph: Graph) throws {
        let format = resolvedFormat
        let flavor = graphmlFlavor
        try AtomicOutput.write(to: output) { sink in
            switch format {
            case .graphml: try GraphMLWriter(flavor: flavor).write(graph, to: sink)
            case .turtle: try TurtleWriter().write(graph, to: sink)
            case .dot: try DOTWriter().write(graph, to: sink)
            case .json: try JSONGraphWriter().write(graph, to: sink)
            }
        }
    }
}
