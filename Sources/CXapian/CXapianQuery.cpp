// Queries, searching (with facet counts) and relevance-feedback expansion.
#include "Guard.hpp"
#include "FacetCounts.hpp"
#include "MatchBitmap.hpp"

#include <algorithm>
#include <cctype>
#include <map>

using namespace cxapian;

namespace {

Xapian::Query::op map_op(cx_query_op op) {
    switch (op) {
        case CX_OP_AND: return Xapian::Query::OP_AND;
        case CX_OP_OR: return Xapian::Query::OP_OR;
        case CX_OP_AND_NOT: return Xapian::Query::OP_AND_NOT;
        case CX_OP_FILTER: return Xapian::Query::OP_FILTER;
        case CX_OP_AND_MAYBE: return Xapian::Query::OP_AND_MAYBE;
        case CX_OP_SYNONYM: return Xapian::Query::OP_SYNONYM;
        case CX_OP_PHRASE: return Xapian::Query::OP_PHRASE;
        case CX_OP_NEAR: return Xapian::Query::OP_NEAR;
        case CX_OP_ELITE_SET: return Xapian::Query::OP_ELITE_SET;
    }
    throw Xapian::InvalidArgumentError("unknown query operator");
}

/// Skips terms that carry a field prefix (upper-case ASCII start) when asked to.
class UnprefixedDecider : public Xapian::ExpandDecider {
   public:
    bool operator()(const std::string &term) const override {
        return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z');
    }
};

}  // namespace

extern "C" {

cx_query *cx_query_match_nothing(void) {
    try { return new cx_query{Xapian::Query()}; } catch (...) { return nullptr; }
}

cx_query *cx_query_match_all(void) {
    // Not Xapian::Query::MatchAll: that is one static object whose reference count is not atomic,
    // so copying it on several threads at once corrupts the count and frees it (query.h says so).
    try { return new cx_query{Xapian::Query(std::string())}; } catch (...) { return nullptr; }
}

cx_status cx_query_term(const char *term, size_t len, uint32_t wqf, uint32_t position, cx_query **out,
                        char **error) {
    return guarded(error, [&] {
        *require(out, "out") = new cx_query{Xapian::Query(bytes(term, len), wqf == 0 ? 1 : wqf, position)};
    });
}

cx_status cx_query_combine(cx_query_op op, cx_query *const *subqueries, size_t count, uint32_t window,
                           cx_query **out, char **error) {
    return guarded(error, [&] {
        require(out, "out");
        std::vector<Xapian::Query> parts;
        parts.reserve(count);
        for (size_t i = 0; i < count; ++i) parts.push_back(require(subqueries[i], "subquery")->query);
        *out = new cx_query{Xapian::Query(map_op(op), parts.begin(), parts.end(), window)};
    });
}

cx_status cx_query_scale(const cx_query *query, double factor, cx_query **out, char **error) {
    return guarded(error, [&] {
        *require(out, "out") =
            new cx_query{Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, require(query, "query")->query, factor)};
    });
}

cx_status cx_query_value_range(uint32_t slot, const char *low, size_t low_len, const char *high, size_t high_len,
                               cx_query **out, char **error) {
    return guarded(error, [&] {
        *require(out, "out") = new cx_query{
            Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, bytes(low, low_len), bytes(high, high_len))};
    });
}

char *cx_query_describe(const cx_query *query) {
    try {
        return copy_string(query == nullptr ? std::string() : query->query.get_description());
    } catch (...) {
        return nullptr;
    }
}

void cx_query_free(cx_query *query) {
    try { delete query; } catch (...) {}
}

// ------------------------------------------------------------------ searching

cx_status cx_search(cx_database *db, const cx_query *query, const cx_search_options *options, cx_mset **out,
                    char **error) {
    return guarded(error, [&] {
        require(out, "out");
        require(options, "options");
        const Xapian::Query &matched = require(query, "query")->query;
        Xapian::Database &database = require(db, "db")->db;
        Xapian::Enquire enquire(database);
        enquire.set_query(matched);
        Xapian::BM25Weight weight(options->bm25_k1 > 0 ? options->bm25_k1 : 1.0, 0.0, 1.0,
                                  options->bm25_b >= 0 ? options->bm25_b : 0.5, 0.5);
        enquire.set_weighting_scheme(weight);
        auto result = std::make_unique<cx_mset>(cx_mset{enquire, Xapian::MSet(), {}});
        // The page: Xapian may skip documents that cannot reach it (max-weight pruning).
        if (options->limit > 0 || options->check_at_least == 0)
            result->mset = enquire.get_mset(options->offset, options->limit);
        if (options->check_at_least > 0) {
            // The count (and facets) of every match. A boolean query over terms is counted from its
            // posting lists as sets; anything else by an unweighted match (no document lengths, no
            // BM25). Facets come from the facet table, or for shards and remote databases from one
            // packed value read per match.
            // Posting lists and value streams over local shards give the combined docids, so the
            // bitmap and the table serve any local database; but a match over several databases
            // hands a spy each shard's own docids, so the table's spy serves a single one.
            const bool single = options->facet_table && database.size() == 1;
            MatchBitmap bits;
            if (options->facet_table && match_bitmap(database, matched, bits)) {
                // A boolean query over terms: its posting lists as sets, then the table per match.
                result->counted = true;
                result->counted_estimate = result->counted_lower_bound = count_bits(bits);
                if (options->facet_count > 0) {
                    FacetTableSpy table_spy(facet_table(*db, options->facet_slot));
                    for (size_t word = 0; word < bits.size(); ++word)
                        for (uint64_t rest = bits[word]; rest != 0; rest &= rest - 1)
                            table_spy.add(Xapian::docid(word * 64 + size_t(__builtin_ctzll(rest))));
                    result->facets = unpack_facets(table_spy.counts(), options->facet_count);
                }
                *out = result.release();
                return;
            }
            Xapian::Enquire counter(database);
            counter.set_query(matched);
            counter.set_weighting_scheme(Xapian::BoolWeight());
            std::unique_ptr<Xapian::ValueCountMatchSpy> spy;
            std::unique_ptr<FacetTableSpy> table_spy;
            if (options->facet_count > 0 && single) {
                table_spy = std::make_unique<FacetTableSpy>(facet_table(*db, options->facet_slot));
                counter.add_matchspy(table_spy.get());
            } else if (options->facet_count > 0) {
                spy = std::make_unique<Xapian::ValueCountMatchSpy>(options->facet_slot);
                counter.add_matchspy(spy.get());
            }
            Xapian::MSet counted = counter.get_mset(0, 0, options->check_at_least);
            result->counted = true;
            result->counted_estimate = counted.get_matches_estimated();
            result->counted_lower_bound = counted.get_matches_lower_bound();
            if (table_spy) result->facets = unpack_facets(table_spy->counts(), options->facet_count);
            if (spy) {
                std::map<std::string, Xapian::doccount> packed;
                for (auto it = spy->values_begin(); it != spy->values_end(); ++it) packed[*it] = it.get_termfreq();
                result->facets = unpack_facets(packed, options->facet_count);
            }
            counter.clear_matchspies();
        }
        *out = result.release();
    });
}

void cx_mset_free(cx_mset *mset) {
    try { delete mset; } catch (...) {}
}

uint32_t cx_mset_size(const cx_mset *mset) { return mset == nullptr ? 0 : mset->mset.size(); }

uint32_t cx_mset_matches_estimated(const cx_mset *mset) {
    if (mset == nullptr) return 0;
    return mset->counted ? mset->counted_estimate : mset->mset.get_matches_estimated();
}

uint32_t cx_mset_matches_lower_bound(const cx_mset *mset) {
    if (mset == nullptr) return 0;
    return mset->counted ? mset->counted_lower_bound : mset->mset.get_matches_lower_bound();
}

uint32_t cx_mset_docid(const cx_mset *mset, uint32_t i) {
    if (mset == nullptr || i >= mset->mset.size()) return 0;
    try { return *(mset->mset[i]); } catch (...) { return 0; }
}

double cx_mset_weight(const cx_mset *mset, uint32_t i) {
    if (mset == nullptr || i >= mset->mset.size()) return 0;
    try { return mset->mset[i].get_weight(); } catch (...) { return 0; }
}

cx_strings *cx_mset_matching_terms(const cx_mset *mset, uint32_t i) {
    if (mset == nullptr || i >= mset->mset.size()) return nullptr;
    try {
        auto list = std::make_unique<cx_strings>();
        Xapian::MSetIterator item = mset->mset[i];
        for (auto it = mset->enquire.get_matching_terms_begin(item); it != mset->enquire.get_matching_terms_end(item);
             ++it)
            list->items.push_back(*it);
        return list.release();
    } catch (...) {
        return nullptr;
    }
}

cx_strings *cx_mset_facet(const cx_mset *mset, size_t facet) {
    if (mset == nullptr || facet >= mset->facets.size()) return nullptr;
    try { return new cx_strings(mset->facets[facet]); } catch (...) { return nullptr; }
}

// ------------------------------------------------------------------ expansion

cx_status cx_expand(cx_database *db, const uint32_t *docids, size_t docid_count, uint32_t count,
                    int skip_prefixed, cx_eset **out, char **error) {
    return guarded(error, [&] {
        require(out, "out");
        Xapian::Enquire enquire(require(db, "db")->db);
        Xapian::RSet rset;
        for (size_t i = 0; i < docid_count; ++i) rset.add_document(docids[i]);
        UnprefixedDecider decider;
        Xapian::ESet eset = enquire.get_eset(count, rset, skip_prefixed ? &decider : nullptr);
        auto result = std::make_unique<cx_eset>();
        for (auto it = eset.begin(); it != eset.end(); ++it) result->terms.emplace_back(*it, it.get_weight());
        *out = result.release();
    });
}

void cx_eset_free(cx_eset *eset) {
    try { delete eset; } catch (...) {}
}

uint32_t cx_eset_size(const cx_eset *eset) { return eset == nullptr ? 0 : eset->terms.size(); }

const char *cx_eset_term(const cx_eset *eset, uint32_t i, size_t *length) {
    if (eset == nullptr || i >= eset->terms.size()) {
        if (length != nullptr) *length = 0;
        return "";
    }
    if (length != nullptr) *length = eset->terms[i].first.size();
    return eset->terms[i].first.c_str();
}

double cx_eset_weight(const cx_eset *eset, uint32_t i) {
    return (eset == nullptr || i >= eset->terms.size()) ? 0 : eset->terms[i].second;
}

}  // extern "C"

namespace {

/// The documents matching `query`, ascending, at most `limit` of them.
std::vector<Xapian::docid> matching_documents(Xapian::Database &d, const Xapian::Query &query, Xapian::doccount limit) {
    Xapian::Enquire enquire(d);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    Xapian::MSet matches = enquire.get_mset(0, limit);
    std::vector<Xapian::docid> documents;
    documents.reserve(matches.size());
    for (auto it = matches.begin(); it != matches.end(); ++it) documents.push_back(*it);
    std::sort(documents.begin(), documents.end());
    return documents;
}

/// Xapian's estimate of how many documents match `query` (exact for a single term), without listing them.
Xapian::doccount estimated_matches(Xapian::Database &d, const Xapian::Query &query) {
    Xapian::Enquire enquire(d);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0).get_matches_estimated();
}

/// How many of `members` (ascending; also marked in `marked`) contain `term`, walking whichever is
/// shorter: the term's posting list, or the members (skipping along the posting list).
Xapian::doccount count_in(Xapian::Database &d, const std::string &term, Xapian::doccount frequency,
                          const std::vector<Xapian::docid> &members, const std::vector<bool> &marked) {
    if (frequency == 0 || members.empty()) return 0;
    Xapian::doccount count = 0;
    Xapian::PostingIterator it = d.postlist_begin(term);
    Xapian::PostingIterator end = d.postlist_end(term);
    if (frequency <= members.size()) {
        for (; it != end; ++it) {
            Xapian::docid id = *it;
            if (id < marked.size() && marked[id]) ++count;
        }
    } else {
        for (Xapian::docid id : members) {
            if (it == end) break;
            it.skip_to(id);
            if (it != end && *it == id) ++count;
        }
    }
    return count;
}

}  // namespace

cx_status cx_database_term_frequencies_within(cx_database *db, const cx_query *filter, const char *const *terms,
                                              const size_t *lengths, size_t term_count, uint32_t *out,
                                              uint32_t *filter_count, char **error) {
    return guarded(error, [&] {
        Xapian::Database &d = require(db, "db")->db;
        require(out, "out");
        require(filter_count, "filter_count");
        const Xapian::Query &query = require(filter, "filter")->query;
        // Count within the filter or, when fewer documents fall outside it (a filter such as "every
        // case" in an index of mostly cases), as the term's frequency minus its count outside — so
        // the cost follows the smaller side, not the size of the index. Xapian's estimate picks the
        // side to list first (listing the large side only to learn it is large cost 170 ms a query
        // in a library of 74 cases and the whole lawrefbook); a wrong guess is caught by the cap.
        Xapian::doccount total = d.get_doccount();
        Xapian::Query outside(Xapian::Query::OP_AND_NOT, Xapian::Query(std::string()), query);
        bool complement = estimated_matches(d, query) > total / 2;
        std::vector<Xapian::docid> members = matching_documents(d, complement ? outside : query, total / 2 + 1);
        if (members.size() > total / 2) {
            complement = !complement;
            members = matching_documents(d, complement ? outside : query, total);
        }
        std::vector<bool> marked(members.empty() ? 0 : members.back() + 1, false);
        for (Xapian::docid id : members) marked[id] = true;
        *filter_count = static_cast<uint32_t>(complement ? total - members.size() : members.size());
        for (size_t t = 0; t < term_count; ++t) {
            std::string term(terms[t], lengths[t]);
            Xapian::doccount frequency = term.empty() ? 0 : d.get_termfreq(term);
            Xapian::doccount counted = count_in(d, term, frequency, members, marked);
            out[t] = static_cast<uint32_t>(complement ? frequency - counted : counted);
        }
    });
}

cx_status cx_database_term_frequencies_excluding(cx_database *db, const char *excluded, size_t excluded_len,
                                                 const char *const *terms, const size_t *lengths, size_t term_count,
                                                 uint32_t *out, uint32_t *remaining, char **error) {
    return guarded(error, [&] {
        Xapian::Database &d = require(db, "db")->db;
        require(out, "out");
        require(remaining, "remaining");
        std::string excludedTerm(require(excluded, "excluded"), excluded_len);
        std::vector<Xapian::docid> left;  // ascending
        for (auto it = d.postlist_begin(excludedTerm); it != d.postlist_end(excludedTerm); ++it) left.push_back(*it);
        *remaining = static_cast<uint32_t>(d.get_doccount() - left.size());
        for (size_t t = 0; t < term_count; ++t) {
            std::string term(terms[t], lengths[t]);
            Xapian::doccount frequency = term.empty() ? 0 : d.get_termfreq(term);
            Xapian::doccount overlap = 0;
            if (frequency > 0 && !left.empty()) {
                Xapian::PostingIterator it = d.postlist_begin(term);
                Xapian::PostingIterator end = d.postlist_end(term);
                for (Xapian::docid id : left) {
                    if (it == end) break;
                    it.skip_to(id);
                    if (it != end && *it == id) ++overlap;
                }
            }
            out[t] = static_cast<uint32_t>(frequency - overlap);
        }
    });
}
