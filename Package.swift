// swift-tools-version:6.0
import PackageDescription

// Layering (arrows point one way):
//   CXapian (C++ shim, pure C header)
//     → CaseIndex (the only importer of CXapian)      CaseLibrary (records, rules, files, validation, text)
//         → CaseServices (LibrarySession: the one door, per caller; precedents, compilation, statutes, courses)
//             → CaseServer (HTTP transport → router → handlers, wire shapes, web page)
//                 → caselib (the command-line tool)
// CaseServer and caselib reach the index only through CaseServices' LibrarySession: neither depends
// on CaseIndex.
let package = Package(
    name: "CaseLibrary",
    products: [
        .executable(name: "caselib", targets: ["caselib"]),
        .library(name: "CaseLibrary", targets: ["CaseLibrary"]),
        .library(name: "CaseIndex", targets: ["CaseIndex"]),
        .library(name: "CaseServices", targets: ["CaseServices"]),
        .library(name: "CaseServer", targets: ["CaseServer"]),
    ],
    targets: [
        .target(
            name: "CXapian",
            cxxSettings: [.unsafeFlags(["-Wall"])],
            linkerSettings: [.linkedLibrary("xapian")]
        ),
        .target(name: "CaseLibrary"),
        .target(name: "CaseIndex", dependencies: ["CXapian", "CaseLibrary"]),
        .target(name: "CaseServices", dependencies: ["CaseIndex", "CaseLibrary"]),
        .target(name: "CaseServer", dependencies: ["CaseServices", "CaseLibrary"]),
        .executableTarget(name: "caselib", dependencies: ["CaseServer", "CaseServices", "CaseLibrary"]),
        .target(name: "TestSupport", dependencies: ["CaseLibrary"], path: "Tests/TestSupport"),
        .testTarget(name: "CaseLibraryTests", dependencies: ["CaseLibrary", "TestSupport"]),
        .testTarget(name: "CaseIndexTests", dependencies: ["CaseIndex", "CaseLibrary", "TestSupport"]),
        .testTarget(name: "CaseServicesTests", dependencies: ["CaseServices", "CaseIndex", "CaseLibrary", "TestSupport"]),
        .testTarget(name: "CaseServerTests", dependencies: ["CaseServer", "CaseServices", "CaseIndex", "CaseLibrary", "TestSupport"]),
        .testTarget(name: "CaselibTests", dependencies: ["CaseLibrary", "TestSupport"]),
    ],
    cxxLanguageStandard: .cxx17
)
