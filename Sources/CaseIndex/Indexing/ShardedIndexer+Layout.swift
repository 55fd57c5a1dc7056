extension ShardedIndexer {
    /// Updates the index at `location` in the layout asked for: `shards` ≥ 2 shards, one unsharded
    /// database for `shards == 1`, or — when `shards` is nil — the layout it already has. Changing
    /// from sharded to unsharded rebuilds and removes the shard folders; changing the number of
    /// shards moves each record to its new shard.
    public static func update(location: IndexLocation, shards: Int?, sources: [IndexSource], rebuild: Bool = false,
                              synonyms: [(String, String)] = [],
                              progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> IndexUpdateReport {
        let existing = location.shardCount
        let wanted = shards ?? existing ?? 1
        if wanted >= 2 {
            return try ShardedIndexer(location: location, shardCount: wanted)
                .update(sources: sources, rebuild: rebuild, synonyms: synonyms, progress: progress)
        }
        let report = try LibraryIndexer(location: location)
            .update(sources: sources, rebuild: rebuild || existing != nil, synonyms: synonyms, progress: progress)
        if existing != nil { location.removeShardFolders() }
        return report
    }
}
