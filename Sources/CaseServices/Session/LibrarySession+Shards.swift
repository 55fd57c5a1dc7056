import CaseIndex

extension LibrarySession {
    /// Runs `body`, turning an index that cannot reach one of its shards into a ``ServiceError``
    /// with a Chinese message (the server answers 500 and logs it): a search over a sharded index
    /// never returns a partial result that looks whole. A shard that refuses the connection fails
    /// at once; one that stops answering fails after Xapian's remote timeout (10 s by default).
    func reachingShards<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as IndexError where error.code == .network {
            throw ServiceError.failure("检索失败：有索引分片无法访问，结果不完整，未予返回（请检查各分片的 xapian-tcpsrv 是否在运行）。详情：\(error.message)")
        }
    }
}
