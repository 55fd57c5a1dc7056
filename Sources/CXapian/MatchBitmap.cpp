// The boolean side of a query as a bitmap: see MatchBitmap.hpp.
#include "MatchBitmap.hpp"

#include <string>

namespace cxapian {

namespace {

/// Sets the bit of every document in `term`'s posting list ("" lists every document).
void add_postings(const Xapian::Database &db, const std::string &term, MatchBitmap &bits) {
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
        Xapian::docid id = *it;
        if ((id >> 6) < bits.size()) bits[id >> 6] |= uint64_t(1) << (id & 63);
    }
}

bool evaluate(const Xapian::Database &db, const Xapian::Query &query, size_t words, MatchBitmap &out, int depth) {
    if (depth > 100) return false;
    const size_t count = query.get_num_subqueries();
    switch (query.get_type()) {
    case Xapian::Query::LEAF_TERM:
        out.assign(words, 0);
        add_postings(db, *query.get_terms_begin(), out);
        return true;
    case Xapian::Query::LEAF_MATCH_ALL:
        out.assign(words, 0);
        add_postings(db, std::string(), out);
        return true;
    case Xapian::Query::LEAF_MATCH_NOTHING:
        out.assign(words, 0);
        return true;
    case Xapian::Query::OP_SCALE_WEIGHT:
    case Xapian::Query::OP_AND_MAYBE:  // matches what its first part matches
        return count > 0 && evaluate(db, query.get_subquery(0), words, out, depth + 1);
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_AND_NOT: {
        if (count == 0 || !evaluate(db, query.get_subquery(0), words, out, depth + 1)) return false;
        MatchBitmap part;
        for (size_t i = 1; i < count; ++i) {
            const Xapian::Query sub = query.get_subquery(i);
            if (query.get_type() == Xapian::Query::OP_OR && sub.get_type() == Xapian::Query::LEAF_TERM) {
                add_postings(db, *sub.get_terms_begin(), out);  // a term joins the union directly
                continue;
            }
            if (!evaluate(db, sub, words, part, depth + 1)) return false;
            for (size_t w = 0; w < words; ++w) {
                switch (query.get_type()) {
                case Xapian::Query::OP_OR: out[w] |= part[w]; break;
                case Xapian::Query::OP_AND_NOT: out[w] &= ~part[w]; break;
                default: out[w] &= part[w]; break;
                }
            }
        }
        return true;
    }
    default:
        return false;
    }
}

}  // namespace

bool match_bitmap(const Xapian::Database &db, const Xapian::Query &query, MatchBitmap &out) {
    const size_t words = size_t(db.get_lastdocid()) / 64 + 1;
    return evaluate(db, query, words, out, 0);
}

Xapian::doccount count_bits(const MatchBitmap &bits) {
    Xapian::doccount total = 0;
    for (uint64_t word : bits) total += Xapian::doccount(__builtin_popcountll(word));
    return total;
}

}  // namespace cxapian
