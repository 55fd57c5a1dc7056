import CaseIndex

extension LibrarySession {
    /// A precedent finder over this viewer's reader, with the reference year for recency taken from
    /// the workspace's cache: the newest case year is counted over every case (a facet count of the
    /// whole library), so it is counted once per index revision and visibility, not per request.
    /// The same year as the finder would count itself, so rankings are unchanged.
    /// - Throws: index errors.
    func precedentFinder(includeHidden: Bool) throws -> PrecedentFinder {
        let finder = PrecedentFinder(reader: reader, thesaurus: files.thesaurus, elements: files.elements)
        // A reader with no revision of its own (both partitions, or a stub of remote shards) cannot
        // tell an edit from no change: it counts every time, as before.
        guard try reader.revision != 0 else { return finder }
        let revision = try revisionKey()
        if workspace.newestCaseYears?.revision != revision { workspace.newestCaseYears = (revision, [:]) }
        let year: Int
        if let cached = workspace.newestCaseYears?.years[includeHidden] {
            year = cached
        } else {
            year = try finder.newestCaseYear(includeHidden: includeHidden)
            workspace.newestCaseYears?.years[includeHidden] = year
        }
        var weights = PrecedentWeights()
        weights.referenceYear = year
        return PrecedentFinder(reader: reader, weights: weights, thesaurus: files.thesaurus, elements: files.elements)
    }
}
