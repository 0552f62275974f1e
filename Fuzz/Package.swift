// swift-tools-version: 6.0
// Fuzz targets for every reader of untrusted input, built with libFuzzer and
// AddressSanitizer by scripts/fuzz.sh:
//
//     swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing
//
// A package apart from the main one, so that `swift build` and `swift test`
// there never need libFuzzer.
import PackageDescription

let newsGraph = "NewsGraph"

/// One executable per reader; its `main.swift` hands one function to libFuzzer.
func fuzzTarget(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: newsGraph) }
    )
}

let package = Package(
    name: "NewsGraphFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: newsGraph, path: "..")],
    targets: [
        // The declaration of libFuzzer's driver.
        .target(name: "CFuzzDriver"),
        // Checks shared by the targets: failing a property, graph round trips, document invariants.
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CFuzzDriver",
                .product(name: "NewsGraphCore", package: newsGraph),
                .product(name: "NewsGraphFormats", package: newsGraph),
                .product(name: "NewsGraphText", package: newsGraph),
            ]
        ),
        fuzzTarget("FuzzJSONGraph", ["NewsGraphCore", "NewsGraphFormats"]),
        fuzzTarget("FuzzGraphML", ["NewsGraphCore", "NewsGraphFormats"]),
        fuzzTarget("FuzzHTMLPage", ["NewsGraphText"]),
        fuzzTarget("FuzzPlainText", ["NewsGraphText", "NewsGraphExtraction", "NewsGraphFormats"]),
        fuzzTarget("FuzzTurtle", ["NewsGraphFormats", "NewsGraphQuery"]),
        fuzzTarget("FuzzSPARQL", ["NewsGraphFormats", "NewsGraphQuery"]),
        fuzzTarget("FuzzLexicon", ["NewsGraphText", "NewsGraphExtraction", "NewsGraphFormats"]),
        fuzzTarget("FuzzCoNLLU", ["NewsGraphSyntax"]),
    ],
    swiftLanguageModes: [.v6]
)
