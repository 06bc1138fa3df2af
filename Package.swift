// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "llmgw",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "llmgw", targets: ["llmgw"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The executable: `@main` and nothing else.
        .executableTarget(
            name: "llmgw",
            dependencies: ["LLMGWCLI"],
            swiftSettings: strict
        ),
        // Argument parsing and terminal rendering.
        .target(
            name: "LLMGWCLI",
            dependencies: [
                "LLMGWCore",
                "LLMGWCurl",
                "LLMGWServer",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // Requests, events, providers, routing, cost, config, request log. No C imports.
        .target(
            name: "LLMGWCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                "LLMGWTokenizerData",
            ],
            swiftSettings: strict
        ),
        // tiktoken's cl100k_base and o200k_base vocabularies, generated into read-only data by
        // Scripts/generate-tokenizer-data, so the binary counts tokens with no files beside it.
        // Optimised even in debug builds: unpacking 300k tokens unoptimised took ~0.3 s in every
        // debug process that counts tokens (tests included), and takes ~10 ms this way.
        .target(
            name: "LLMGWTokenizerData",
            exclude: ["LICENSE-tiktoken.txt"],
            swiftSettings: strict + [.unsafeFlags(["-O"])]
        ),
        // The libcurl implementation of `HTTPTransport`.
        .target(
            name: "LLMGWCurl",
            dependencies: ["LLMGWCore", "CCurl"],
            swiftSettings: strict
        ),
        // HTTP ingress: the mock upstream (and later the gateway).
        .target(
            name: "LLMGWServer",
            dependencies: [
                "LLMGWCore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .testTarget(
            name: "LLMGWCoreTests",
            dependencies: ["LLMGWCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LLMGWCurlTests",
            dependencies: [
                "LLMGWCurl", "LLMGWServer", "LLMGWCore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LLMGWServerTests",
            dependencies: [
                "LLMGWServer", "LLMGWCore", "LLMGWCurl",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LLMGWCLITests",
            dependencies: ["LLMGWCLI", "LLMGWCore", "LLMGWServer", "llmgw"],
            swiftSettings: strict
        ),
    ]
)
