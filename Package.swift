// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Hiwar",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hiwar", targets: ["hiwar"]),
        .library(name: "HiwarStore", targets: ["HiwarStore"]),
        .library(name: "HiwarIngest", targets: ["HiwarIngest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system libsqlite3 (Debian: libsqlite3-dev), seen through a four-line module map.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Value types shared by ingestion and storage, and the country catalogue.
        .target(
            name: "HiwarModel",
            resources: [.embedInCode("Resources/countries.tsv")]
        ),
        // The numbered SQL migrations, embedded into the binary.
        .target(
            name: "HiwarMigrations",
            path: "Migrations",
            resources: [.embedInCode("0001_initial.sql"), .embedInCode("0002_merging.sql"), .embedInCode("0003_search.sql"),
                        .embedInCode("0004_merge_key.sql"), .embedInCode("0005_timeline_by_state.sql"),
                        .embedInCode("0006_reports.sql"), .embedInCode("0007_pairs.sql"),
                        .embedInCode("0008_one_search_index.sql")]
        ),
        .target(
            name: "HiwarStore",
            dependencies: ["CSQLite", "HiwarModel", "HiwarMigrations"]
        ),
        .target(
            name: "HiwarIngest",
            dependencies: ["HiwarModel"],
            resources: [.embedInCode("Resources/months.tsv")]
        ),
        // Event renderings for people and programs: JSON Lines, JSON, CSV, aligned tables.
        .target(
            name: "HiwarExport",
            dependencies: ["HiwarModel"]
        ),
        .executableTarget(
            name: "hiwar",
            dependencies: [
                "HiwarModel", "HiwarStore", "HiwarIngest", "HiwarExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark harness behind `make bench` (docs/PERFORMANCE.md): corpus generator and measurements.
        .executableTarget(
            name: "hiwar-bench",
            dependencies: [
                "HiwarModel", "HiwarStore", "HiwarIngest", "HiwarExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "HiwarModelTests", dependencies: ["HiwarModel"]),
        .testTarget(name: "HiwarStoreTests", dependencies: ["HiwarStore", "HiwarModel"]),
        .testTarget(name: "HiwarIngestTests", dependencies: ["HiwarIngest", "HiwarModel"]),
        .testTarget(name: "HiwarExportTests", dependencies: ["HiwarExport", "HiwarModel"]),
        .testTarget(name: "HiwarCLITests", dependencies: ["HiwarStore", "HiwarModel"]),
        .testTarget(name: "HiwarBenchTests", dependencies: ["hiwar-bench", "HiwarIngest", "HiwarModel", "HiwarStore"]),
    ],
    swiftLanguageModes: [.v6]
)
