import Foundation

/// A sharded index folder.
///
/// Layout: `Index/shard-0/` … `Index/shard-(N-1)/` are ordinary index folders (each with its own
/// generations, partitions, `XAPIANDB`, `XAPIANDB.all` and write lock), and the folder's own stubs
/// list them — `XAPIANDB` one `auto shard-K` line per shard (Xapian follows each shard's stub to its
/// visible partition), `XAPIANDB.all` one `auto shard-K/XAPIANDB.all` line per shard (both
/// partitions). Paths in a stub are relative to the stub's folder, so the whole `Index/` may move.
/// A shard's rebuild swaps only that shard's stub; the top stubs change only with the number of shards.
extension IndexLocation {
    /// The folder name of shard `index`.
    static func shardName(_ index: Int) -> String { "shard-\(index)" }

    /// The shard folders the stub lists, in order (empty for an unsharded index or a stub file).
    public func shardFolders() -> [IndexLocation] {
        guard !isStubFile else { return [] }
        let stub = root.appendingPathComponent("XAPIANDB")
        guard let text = try? String(contentsOf: stub, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] == "auto", parts[1].hasPrefix("shard-"), !parts[1].contains("/") else { return nil }
            return IndexLocation(root: root.appendingPathComponent(parts[1]))
        }
    }

    /// How many shards the index has; nil when it is not sharded.
    public var shardCount: Int? {
        let shards = shardFolders()
        return shards.isEmpty ? nil : shards.count
    }

    /// Shard `index` of this folder (whether or not it exists yet).
    func shard(_ index: Int) -> IndexLocation { IndexLocation(root: root.appendingPathComponent(Self.shardName(index))) }

    /// Points the folder's stubs at shards `0..<count` (each replaced with one `rename`) and removes
    /// what an earlier layout left: unsharded generations and shards past `count`.
    func activateShards(_ count: Int) throws {
        let names = (0..<count).map(Self.shardName)
        let visible = names.map { "auto \($0)\n" }.joined()
        let all = names.map { "auto \($0)/XAPIANDB.all\n" }.joined()
        if (try? String(contentsOf: allStubURL, encoding: .utf8)) != all { try AtomicFileWriter.write(all, to: allStubURL) }
        let stub = root.appendingPathComponent("XAPIANDB")
        if (try? String(contentsOf: stub, encoding: .utf8)) != visible { try AtomicFileWriter.write(visible, to: stub) }
        let keep = Set(names)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        where (name.hasPrefix("db-") || name.hasPrefix("shard-")) && !keep.contains(name) {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(name))
        }
    }

    /// Removes the shard folders of an earlier sharded layout (after an unsharded build replaced its stubs).
    func removeShardFolders() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [] where name.hasPrefix("shard-") {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(name))
        }
    }

    /// The sum of the shards' revisions (each shard's visible partition, plus its hidden one with
    /// `includeHidden`): it grows with every commit to any shard. Nil when the index is not sharded.
    func shardRevision(includeHidden: Bool) -> UInt64? {
        let shards = shardFolders()
        guard !shards.isEmpty else { return nil }
        var sum: UInt64 = 0
        for shard in shards {
            guard let generation = shard.currentGeneration() else { continue }
            let path = shard.root.appendingPathComponent(generation).path
            for part in includeHidden ? [path, Self.hiddenPath(of: path)] : [path] {
                sum &+= (try? XapianDatabase(path: part).revision) ?? 0
            }
        }
        return sum
    }
}
