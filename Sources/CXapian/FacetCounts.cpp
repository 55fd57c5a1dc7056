// Facet counts: the per-revision table of packed facet values and their unpacking.
#include "FacetCounts.hpp"

namespace cxapian {

const cx_facet_table &facet_table(cx_database &db, Xapian::valueno slot) {
    cx_facet_table &table = db.facets;
    if (table.built && table.slot == slot) return table;
    cx_facet_table fresh;
    fresh.slot = slot;
    fresh.codes.assign(size_t(db.db.get_lastdocid()) + 1, 0);
    std::map<std::string, uint32_t> known;
    for (auto it = db.db.valuestream_begin(slot); it != db.db.valuestream_end(slot); ++it) {
        auto entry = known.emplace(*it, uint32_t(fresh.values.size() + 1));
        if (entry.second) fresh.values.push_back(*it);
        Xapian::docid id = it.get_docid();
        if (id < fresh.codes.size()) fresh.codes[id] = entry.first->second;
    }
    fresh.built = true;
    table = std::move(fresh);
    return table;
}

std::vector<cx_strings> unpack_facets(const std::map<std::string, Xapian::doccount> &packed_counts, size_t facet_count) {
    std::vector<std::map<std::string, Xapian::doccount>> counts(facet_count);
    for (const auto &item : packed_counts) {
        const std::string &packed = item.first;
        size_t start = 0;
        for (size_t facet = 0; facet < facet_count; ++facet) {
            size_t end = packed.find('\x1f', start);
            if (end == std::string::npos) end = packed.size();
            if (end > start) counts[facet][packed.substr(start, end - start)] += item.second;
            if (end == packed.size()) break;
            start = end + 1;
        }
    }
    std::vector<cx_strings> out(facet_count);
    for (size_t facet = 0; facet < facet_count; ++facet) {
        for (const auto &entry : counts[facet]) {
            out[facet].items.push_back(entry.first);
            out[facet].items.push_back(std::to_string(entry.second));
        }
    }
    return out;
}

}  // namespace cxapian
