// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .library(name: "NewsGraphCore", targets: ["NewsGraphCore"]),
        .library(name: "NewsGraphText", targets: ["NewsGraphText"]),
        .library(name: "NewsGraphExtraction", targets: ["NewsGraphExtraction"]),
        .library(name: "NewsGraphFormats", targets: ["NewsGraphFormats"]),
        .library(name: "NewsGraphQuery", targets: ["NewsGraphQuery"]),
        .library(name: "NewsGraphSyntax", targets: ["NewsGraphSyntax"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The only place C enters: libxml2 through pkg-config.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // A small Swift API over libxml2: streaming writer and reader, HTML, XML Schema.
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        // The graph: nodes, edges, provenance, vocabulary. No I/O, no C.
        .target(name: "NewsGraphCore"),
        // Documents from text or HTML: body, sentences, tokens, offsets.
        .target(name: "NewsGraphText", dependencies: ["NewsGraphCore", "LibXML"]),
        // The trained tagger and parser weights, embedded in the binary (scripts/parser/train.sh makes them).
        .target(name: "CSyntaxModel", exclude: ["syntax-model.bin"]),
        // Part-of-speech tags and dependency trees: averaged perceptron tagger, arc-hybrid parser, CoNLL-U.
        .target(name: "NewsGraphSyntax", dependencies: ["CSyntaxModel"]),
        // Training the tagger and parser on a treebank (used by newsgraph-train only).
        .target(name: "NewsGraphSyntaxTraining", dependencies: ["NewsGraphSyntax"]),
        // The extraction pipeline: mentions, entities, relations, statements.
        .target(name: "NewsGraphExtraction", dependencies: ["NewsGraphCore", "NewsGraphText", "NewsGraphSyntax"]),
        // Writers and readers: GraphML (via LibXML), Turtle, DOT, JSON Graph Format.
        .target(name: "NewsGraphFormats", dependencies: ["NewsGraphCore", "LibXML"]),
        // Questions over a graph: filters, neighbours, paths, SPARQL.
        .target(name: "NewsGraphQuery", dependencies: ["NewsGraphCore", "NewsGraphFormats"]),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraphCore", "NewsGraphText", "NewsGraphExtraction", "NewsGraphFormats", "NewsGraphQuery",
                "NewsGraphSyntax", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Trains the tagger and parser (scripts/parser/train.sh).
        .executableTarget(
            name: "newsgraph-train",
            dependencies: [
                "NewsGraphSyntax", "NewsGraphSyntaxTraining",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times loading and querying a synthetic graph against pyoxigraph (scripts/bench-query.sh).
        .executableTarget(
            name: "newsgraph-bench-query", dependencies: ["NewsGraphCore", "NewsGraphFormats", "NewsGraphQuery"]),
        // Times the writers on a synthetic graph against networkx, igraph and pyoxigraph (scripts/bench-writers.sh).
        .executableTarget(name: "newsgraph-bench", dependencies: ["NewsGraphCore", "NewsGraphFormats"]),
        .testTarget(name: "NewsGraphCoreTests", dependencies: ["NewsGraphCore"]),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML", "TestSupport"]),
        .testTarget(name: "NewsGraphTextTests", dependencies: ["NewsGraphText", "TestSupport"]),
        .testTarget(name: "NewsGraphExtractionTests", dependencies: ["NewsGraphExtraction", "NewsGraphText"], exclude: ["Written", "RealNews"]),
        .testTarget(name: "NewsGraphFormatsTests", dependencies: ["NewsGraphFormats", "LibXML", "TestSupport"]),
        .testTarget(name: "NewsGraphQueryTests", dependencies: ["NewsGraphQuery", "NewsGraphFormats", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "NewsGraphSyntaxTests", dependencies: ["NewsGraphSyntax", "NewsGraphSyntaxTraining", "TestSupport"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CLITests", dependencies: ["newsgraph", "NewsGraphFormats", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
