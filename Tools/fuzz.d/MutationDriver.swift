// A deterministic mutation loop, used instead of libFuzzer when the toolchain cannot build with
// `-sanitize=fuzzer`: seeds from the corpus folder are mutated (bit flips, byte insertions and
// deletions, splices of two seeds, interesting bytes) by a fixed-seed generator and fed to the same
// `LLVMFuzzerTestOneInput`. Usage: fuzz-target -runs=N CORPUS_DIR
import Foundation

@_silgen_name("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt

@main
struct MutationDriver {
    static func main() {
        var runs = 10_000
        var folders: [String] = []
        for argument in CommandLine.arguments.dropFirst() {
            if argument.hasPrefix("-runs=") { runs = Int(argument.dropFirst(6)) ?? runs } else if !argument.hasPrefix("-") { folders.append(argument) }
        }
        var seeds: [[UInt8]] = [[0x0A]]
        for folder in folders {
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
                if let data = FileManager.default.contents(atPath: folder + "/" + name) { seeds.append(Array(data)) }
            }
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: (state >> 33) & 0x7FFF_FFFF)
        }
        let interesting: [UInt8] = [0, 0x0A, 0x0D, 0x22, 0x5C, 0x3A, 0x23, 0x20, 0x7F, 0x80, 0xBF, 0xC0, 0xE5, 0xEF, 0xF0, 0xFF]
        for _ in 0..<runs {
            var input = seeds[next() % seeds.count]
            for _ in 0..<(1 + next() % 8) {
                switch next() % 6 {
                case 0 where !input.isEmpty: input[next() % input.count] ^= UInt8(1 << (next() % 8))
                case 1: input.insert(interesting[next() % interesting.count], at: input.isEmpty ? 0 : next() % input.count)
                case 2 where !input.isEmpty: input.remove(at: next() % input.count)
                case 3:
                    let other = seeds[next() % seeds.count]
                    if !other.isEmpty { input.insert(contentsOf: other[(next() % other.count)...].prefix(64), at: input.isEmpty ? 0 : next() % input.count) }
                case 4 where !input.isEmpty: input[next() % input.count] = interesting[next() % interesting.count]
                default: input += input.suffix(next() % 32)
                }
            }
            if input.isEmpty { input = [0x0A] }
            _ = input.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { fuzzOne($0, buffer.count) } }
        }
        print("Done \(runs) runs (deterministic mutation loop)")
    }
}
