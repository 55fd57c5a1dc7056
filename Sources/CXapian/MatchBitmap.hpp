// Internal to CXapian: the documents a boolean query matches, as a bitmap over docids.
#ifndef CXAPIAN_MATCH_BITMAP_HPP
#define CXAPIAN_MATCH_BITMAP_HPP

#include <xapian.h>

#include <cstdint>
#include <vector>

namespace cxapian {

/// One bit per docid (bit d of word d / 64).
using MatchBitmap = std::vector<uint64_t>;

/// The documents of `db` that `query` matches, found by walking its terms' posting lists and
/// combining them as sets — what Xapian's matcher counts, without its per-document work. Handles
/// terms, match-all, OR, AND, FILTER, AND_NOT, AND_MAYBE and scaled weights; returns false (and
/// leaves `out` unspecified) for anything else (phrases, value ranges, …), for the matcher to count.
bool match_bitmap(const Xapian::Database &db, const Xapian::Query &query, MatchBitmap &out);

/// How many bits are set.
Xapian::doccount count_bits(const MatchBitmap &bits);

}  // namespace cxapian

#endif
